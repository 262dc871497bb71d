// The seed page must come out exactly as tests/fixtures/seed.truth.json says (hand-checked).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeWithModel } from '../../lib/analyze';
import { rangeFor } from '../../lib/extract/text-model';
import { loadPage } from '../../cli/load-page';

const FIX = resolve(import.meta.dirname, '../fixtures');
const truth = JSON.parse(readFileSync(resolve(FIX, 'seed.truth.json'), 'utf8')) as {
  metadata: Record<string, unknown>;
  body: { first_paragraph_starts: string; last_paragraph_starts: string };
  junk: { what: string; selector?: string; text?: string }[];
  not_junk: string[];
  inline_pinyin_glosses_in_article_body: { count: number };
};

describe('seed page', () => {
  const { doc } = loadPage(resolve(FIX, 'seed.html'));
  const { analysis, model, article } = analyzeWithModel(doc);

  it('is an article', () => {
    expect(analysis.isArticle).toBe(true);
    expect(analysis.confidence).toBeGreaterThan(0.9);
  });

  it('matches truth.json in every metadata field', () => {
    for (const [key, value] of Object.entries(truth.metadata)) {
      expect(analysis.metadata[key as keyof typeof analysis.metadata], key).toEqual(value);
    }
  });

  it('starts and ends the body where truth.json says; byline, subtitle and editor are not body', () => {
    const paragraphs = analysis.text.split('\n');
    expect(paragraphs[0]?.startsWith(truth.body.first_paragraph_starts)).toBe(true);
    expect(paragraphs[paragraphs.length - 1]?.startsWith(truth.body.last_paragraph_starts)).toBe(true);
    expect(analysis.text).not.toContain('本報記者');
    expect(analysis.text).not.toContain('責任編輯');
    expect(analysis.text).not.toContain(String(truth.metadata.subtitle));
  });

  it('keeps the ten bold section headings as heading blocks', () => {
    const headings = model.blocks.filter((b) => b.heading).map((b) => analysis.text.slice(b.start, b.end));
    expect(headings).toHaveLength(10);
    expect(headings).toContain('工會法修改');
  });

  it('lists the keyword list and the font-size widget as junk, never the byline or editor line', () => {
    const hot = doc.querySelector('.hotlinks');
    const kw = article.junk.find((j) => j.kind === 'keyword-list');
    expect(kw?.el).toBe(hot);
    expect(kw?.text.startsWith('章丘市| 浙江省|')).toBe(true);
    expect(analysis.junk.some((j) => j.kind === 'font-size' && j.text.includes('字號'))).toBe(true);
    for (const line of truth.not_junk) {
      const plain = line.replace(/[[\]]/g, '');
      expect(analysis.junk.some((j) => j.text.includes(plain))).toBe(false);
    }
  });

  it(`finds ${truth.inline_pinyin_glosses_in_article_body.count} pinyin glosses and removes them from the text`, () => {
    expect(analysis.glosses).toBe(truth.inline_pinyin_glosses_in_article_body.count);
    expect(analysis.text).not.toMatch(/[\u4e00-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
  });

  it('flags the garbled spot before 297個 so the figure can be marked suspect', () => {
    const at = analysis.text.indexOf('297個');
    expect(model.garbled.some((g) => g.end >= at - 1 && g.start <= at)).toBe(true);
    expect(analysis.garbled).toBe(model.garbled.length);
  });

  it('maps text offsets back to the page', () => {
    const at = analysis.text.indexOf('328.13萬人');
    const range = rangeFor(model, at, at + '328.13萬人'.length, doc);
    expect(range.toString()).toBe('328.13萬人');
    const first = analysis.text.indexOf('實現職工對美好生活的向往');
    expect(rangeFor(model, first, first + 4, doc).toString()).toBe('實(shí)現(xiàn)職工');
  });
});
