import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../../lib/db/records';
import { toMarkdown, type MarkdownLabels } from '../../../lib/export/markdown';
import { mdInline, mdLines, mdQuote, mdTag } from '../../../lib/export/markdown-text';
import { highlightInput } from '../db/fixtures';
import { B_URL, pageRecord, SEED_URL, seedAnnotations, seedPages, truth } from './fixtures';

const NOW = new Date('2026-11-28T12:00:00Z');
const HOSTILE = '# <script>alert(1)</script> | [x](javascript:alert(1))';

/** The document's sections: `## title` → its lines. */
function sections(md: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let current: string[] = [];
  for (const line of md.split('\n')) {
    if (line.startsWith('## ')) out.set(line.slice(3), (current = []));
    else current.push(line);
  }
  return out;
}

/** What is left of a line once every backslash escape is taken out. */
const unescaped = (line: string) => line.replace(/\\[\s\S]/g, '');

describe('Markdown export: the seed article and a newer one', () => {
  const md = toMarkdown(seedPages(), seedAnnotations(), NOW);
  const bySection = sections(md);

  it('one document: a title, then the articles newest first', () => {
    expect(md.startsWith('# Zhuji notes\n\n_Exported 2026-11-28_\n\n')).toBe(true);
    expect([...bySection.keys()]).toEqual(['两会观察', truth.metadata.title]);
    expect(md.endsWith('\n')).toBe(true);
    expect(md).not.toMatch(/\n{3}/);
  });

  it('a metadata line: source · published · reporters · editor, the address as a link', () => {
    const seed = bySection.get(truth.metadata.title)!;
    expect(seed[1]).toBe(`工人日報 · 2022-01-29 09:30 · 鄭莉、郝赫、朱欣 · editor 楊永青 · <${SEED_URL}>`);
    expect(bySection.get('两会观察')![1]).toBe(`新华社 · 2023-03-06 08:00 · <${B_URL}>`);
  });

  it('the events as a dated list in date order, marker and heading (or the sentence), ranges shown', () => {
    const seed = bySection.get(truth.metadata.title)!;
    const from = seed.indexOf('### Events');
    const items = seed.slice(from + 2, seed.indexOf('', from + 2));
    expect(items).toHaveLength(12);
    const dates = items.map((l) => /^- \*\*([\d-]+)/.exec(l)![1]!);
    expect(dates).toEqual([...dates].sort());
    expect(items).toContain('- **2021-10-14 – 2021-10-16** 【事件8】 工匠精神閃耀賽場');
    expect(items).toContain(
      '- **2021-07-29** 【事件1】 《深入學習貫徹習近平總書記關于工人階級和工會工作的重要論述》出版',
    );
    expect(items).toContain('- **2021-09-29** 全總智庫正式成立'); // no heading: the sentence
    expect(items).toContain('- **2021-06** 大賽自2021年6月啟動');
    for (const m of truth.marked_events)
      expect(items.some((l) => l.includes(`${m.marker} ${m.heading}`))).toBe(true);
  });

  it('figures pinned with their plain value, unit and qualifier; ⚠ when suspect', () => {
    const seed = bySection.get(truth.metadata.title)!.join('\n');
    expect(seed).toContain(
      '### Figures\n\n- 297個 — 297 個 ⚠ suspect (garbled text)\n- 近億元 — nearly (近) 100,000,000 元 (100M)',
    );
  });

  it('highlights and notes as blockquotes, the note and #tags under them', () => {
    const seed = bySection.get(truth.metadata.title)!.join('\n');
    expect(seed).toContain(
      '### Highlights and notes\n\n> 328.13萬人\n\n比去年多，\n"待核實", 見第3段\n#工會 #數字_核對',
    );
    expect(bySection.get('两会观察')!.join('\n')).toContain('> 十四届全国人大\n\n#两会');
  });

  it('speaks the labels it is given (the options page passes the UI language)', () => {
    const labels: MarkdownLabels = {
      lang: 'zh-Hant',
      title: '注記筆記',
      exported: '匯出於 $1',
      events: '事件',
      figures: '數字',
      marks: '標記與筆記',
      editor: '編輯',
      suspect: '存疑',
    };
    const zh = toMarkdown(seedPages(), seedAnnotations(), NOW, labels);
    expect(zh.startsWith('# 注記筆記\n\n_匯出於 2026-11-28_')).toBe(true);
    expect(zh).toContain('- 近億元 — 近 100,000,000 元 (1億)');
    expect(zh).toContain('· 編輯 楊永青 ·');
  });

  it('an empty store gives just the title; annotations without a page record still appear', () => {
    expect(toMarkdown([], [], NOW)).toBe('# Zhuji notes\n\n_Exported 2026-11-28_\n');
    const orphan = toMarkdown([], seedAnnotations().slice(-1), NOW);
    expect(orphan).toContain(`## https://xinhua.example.cn/b.html\n\n<${B_URL}>`);
  });
});

describe('Markdown export: hostile page text stays inert', () => {
  const text = `前文。${HOSTILE}\n# 標題\n> 引文\n- 項目\n1. 第一\n---\n%%藏%% ==標== $x$ [[鏈]] \`code\` &lt; <b>粗</b>。`;
  const page = pageRecord('https://evil.example.com/p', `${HOSTILE} <img src=x onerror=alert(1)>`, {
    source: '[來源](javascript:alert(1))',
    authors: ['<i>記者</i>'],
  });
  const quote = buildRecord(
    highlightInput(text, HOSTILE, '</blockquote><script>x</script>\n## not a heading', ['<b>', 'a|b']),
    { id: 'r-hostile', page: page.url, origin: 'reader' },
    1,
  );
  const whole = buildRecord(
    highlightInput(text, text),
    { id: 'r-whole', page: page.url, origin: 'reader' },
    2,
  );
  const md = toMarkdown([page], [quote, whole], NOW);
  const lines = md.split('\n');

  it('no page text makes a heading, a link, HTML, a table, code, math, a comment or a wikilink', () => {
    expect(lines.filter((l) => /^#{1,6} /.test(l))).toEqual([
      '# Zhuji notes',
      expect.stringMatching(
        /^## \\# \\<script\\>alert\(1\)\\<\/script\\> \\\| \\\[x\\\]\(javascript:alert\(1\)\) \\<img/,
      ),
      '### Highlights and notes',
    ]);
    for (const line of lines) {
      const bare = unescaped(line.replace(/^>/, '')).replace(/<https:\/\/evil\.example\.com\/p>/, '');
      expect(bare, line).not.toMatch(/[<>[\]|`$&]|%%|==/);
    }
  });

  it('a quote over several lines stays one blockquote, no line starting a block', () => {
    const block = md.slice(md.indexOf('> 前文'), md.indexOf('\n\n', md.indexOf('> 前文')));
    expect(block.split('\n')).toEqual([
      '> 前文。\\# \\<script\\>alert(1)\\</script\\> \\| \\[x\\](javascript:alert(1))',
      '> \\# 標題',
      '> \\> 引文',
      '> \\- 項目',
      '> 1\\. 第一',
      '> \\---',
      '> %\\%藏%\\% =\\=標=\\= \\$x\\$ \\[\\[鏈\\]\\] \\`code\\` \\&lt; \\<b\\>粗\\</b\\>。',
    ]);
  });

  it('the reader’s note and tags are escaped too', () => {
    expect(md).toContain(
      '\\</blockquote\\>\\<script\\>x\\</script\\>\n\\#\\# not a heading\n#\\<b\\> #a\\|b',
    );
  });

  it('helpers: inline text, lines, quotes, tags', () => {
    expect(mdInline('a\nb\r\n c\u0000')).toBe('a b c');
    expect(mdInline('-5 度 與 - 項')).toBe('-5 度 與 - 項');
    expect(mdInline('- 項')).toBe('\\- 項');
    expect(mdInline('2021. 年')).toBe('2021\\. 年');
    expect(mdInline('328.13萬')).toBe('328.13萬');
    expect(mdLines('\n\na\n\n\n\nb\n\n')).toEqual(['a', '', 'b']);
    expect(mdQuote('a\n\nb')).toBe('> a\n>\n> b');
    expect(mdTag(' 數字 核對 ')).toBe('#數字_核對');
    expect(mdTag('   ')).toBe('');
  });
});
