// The analyze CLI: byte decoding (GB18030, Big5, a wrong declared charset), one JSON line per
// file, and a missing file reported on stderr with exit status 1 while the others still print.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const ENC = resolve(ROOT, 'tests/fixtures/encodings');

interface Out {
  isArticle: boolean;
  text: string;
  metadata: { title: string; authors: string[]; editor: string; language: string; canonicalUrl: string };
}

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = r.stdout.split('\n').filter(Boolean);
  return { status: r.status, stderr: r.stderr, json: lines.map((l) => JSON.parse(l) as Out) };
}

describe('analyze CLI', { timeout: 60_000 }, () => {
  it('decodes GB18030 and Big5 pages and prints one JSON object per line', () => {
    const r = run('--json', `${ENC}/gb18030-declared-gb2312.html`, `${ENC}/big5.html`);
    expect(r.status).toBe(0);
    expect(r.json).toHaveLength(2);
    const [gb, big5] = r.json;
    expect(gb?.metadata.title).toBe('江苏出台措施支持小微企业发展');
    expect(gb?.metadata.authors).toEqual(['王小明', '李华']);
    expect(gb?.metadata.editor).toBe('赵刚');
    expect(gb?.metadata.language).toBe('zh-Hans');
    expect(big5?.metadata.title).toBe('台中捷運藍線環評過關 預計2030年通車');
    expect(big5?.metadata.authors).toEqual(['陳美玲']);
    expect(big5?.metadata.language).toBe('zh-Hant');
    expect(big5?.text).toContain('台中捷運藍線今天通過環評審查');
    for (const a of r.json) {
      expect(Object.keys(a)).toEqual([
        'isArticle',
        'confidence',
        'metadata',
        'text',
        'figures',
        'events',
        'junk',
        'glosses',
        'garbled',
      ]);
    }
  });

  it('sniffs the real charset when the declared one is wrong', () => {
    const r = run('--json', `${ENC}/gb18030-declared-utf8.html`);
    expect(r.status).toBe(0);
    expect(r.json[0]?.metadata.title).toBe('江苏出台措施支持小微企业发展');
  });

  it('reports a missing file on stderr, exits 1, and still analyzes the others', () => {
    const missing = `${ENC}/no-such-page.html`;
    const r = run('--json', missing, `${ENC}/big5.html`, '--url', 'https://example.tw/news/9');
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(missing);
    expect(r.json).toHaveLength(1);
    expect(r.json[0]?.metadata.canonicalUrl).toBe('https://example.tw/news/9');
  });

  it('documents itself', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'cli/analyze.ts', '--help'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--json');
    expect(r.stdout).toContain('--url');
  });
  it('--seen-at reads a yearless or relative time against the moment given, and refuses a bad one', () => {
    const page = resolve(ROOT, 'tests/fixtures/yearless.html');
    const without = run('--json', page);
    expect(without.json[0]?.metadata).toMatchObject({ published: '' });
    const seen = run('--json', '--seen-at', '2019-12-29T22:31+08:00', page);
    expect(seen.status).toBe(0);
    expect(seen.json[0]?.metadata).toMatchObject({ published: '2019-10-08T12:00+08:00' });
    const bad = run('--json', '--seen-at', 'yesterday', page);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--seen-at needs a date and time/);
  });
  it('stops quietly when the reader closes the pipe early (`analyze … | head`)', () => {
    const seed = resolve(ROOT, 'tests/fixtures/seed.html');
    const r = spawnSync(
      'bash',
      [
        '-c',
        `"${process.execPath}" --import tsx cli/analyze.ts --json ${Array(12).fill(`"${seed}"`).join(' ')} | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}"`,
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
    );
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.stdout.trim()).toBe('0');
  });
  it('keeps no page it has printed: a hundred pages fit in a heap that holds forty of them', () => {
    // Before, every closed jsdom window stayed until the loop ended: the 44th seed page ran a
    // 96 MB heap out, and 432 saved pages a 4 GB one.
    const seed = resolve(ROOT, 'tests/fixtures/seed.html');
    const r = spawnSync(
      process.execPath,
      [
        '--max-old-space-size=96',
        '--import',
        'tsx',
        'cli/analyze.ts',
        '--json',
        ...Array<string>(100).fill(seed),
      ],
      { cwd: ROOT, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(100);
  });
});
