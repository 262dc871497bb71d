/**
 * Extraction eval: Zhuji's extractor and @mozilla/readability on the same pages in the same
 * run, scored by the same rules (cli/eval-score.ts). `runExtractionEval()` returns the rows so
 * a golden test can assert the thresholds.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { analyze } from '../lib/analyze';
import { corpusPages, fixturePages, type EvalPage } from './eval-pages';
import {
  authorsMatch,
  charF1,
  contains,
  publishedMatches,
  publishedMatchesPageTime,
  sourceMatches,
  titleMatches,
} from './eval-score';
import { loadPage } from './load-page';

export interface Prediction {
  isArticle: boolean;
  title: string;
  published: string;
  authors: string[];
  source: string;
  text: string;
  /** Zhuji only: the credited editor (責任編輯), '' otherwise. */
  editor: string;
}

export interface Row {
  metric: string;
  /** How many pages (or snippets) the metric is computed over. */
  n: number;
  zhuji: number;
  readability: number;
  /** The target, and whether higher or lower is better. */
  target?: { value: number; better: 'higher' | 'lower' };
}

export interface PageResult {
  page: EvalPage;
  zhuji: Prediction;
  readability: Prediction;
}

/**
 * The corpus's `author` is the person the page credits: several annotators wrote the
 * 責任編輯 there when the page has no reporter byline (gmw, sohu, yahoo, banyuetan…).
 * Zhuji keeps the editor apart (an editor is not an author), so that case is scored
 * against the editor field; the strict row does not.
 */
function creditMatches(p: Prediction, truth: string[]): boolean {
  if (authorsMatch(p.authors, truth)) return true;
  return truth.length === 1 && p.editor !== '' && authorsMatch([p.editor], truth);
}

function predictZhuji(doc: Document): Prediction {
  const a = analyze(doc);
  const m = a.metadata;
  return {
    isArticle: a.isArticle,
    title: m.title,
    published: m.published,
    authors: m.authors,
    source: m.source,
    text: a.text,
    editor: m.editor,
  };
}

function predictReadability(doc: Document): Prediction {
  const readerable = isProbablyReaderable(doc);
  const r = new Readability(doc.cloneNode(true) as Document).parse();
  const byline = r?.byline?.trim() ?? '';
  return {
    isArticle: readerable && r !== null,
    title: r?.title ?? '',
    published: r?.publishedTime ?? '',
    authors: byline ? [byline] : [],
    source: r?.siteName ?? '',
    text: r?.textContent ?? '',
    editor: '',
  };
}

export function evaluatePages(pages: EvalPage[]): PageResult[] {
  return pages.map((page) => {
    const { doc, window } = loadPage(page.file);
    const zhuji = predictZhuji(doc);
    const readability = predictReadability(doc);
    window.close();
    return { page, zhuji, readability };
  });
}

type Who = 'zhuji' | 'readability';

function rate(results: PageResult[], who: Who, ok: (r: PageResult, p: Prediction) => boolean): number {
  if (!results.length) return NaN;
  return results.filter((r) => ok(r, r[who])).length / results.length;
}

function row(
  metric: string,
  results: PageResult[],
  ok: (r: PageResult, p: Prediction) => boolean,
  target?: Row['target'],
): Row {
  return {
    metric,
    n: results.length,
    zhuji: rate(results, 'zhuji', ok),
    readability: rate(results, 'readability', ok),
    target,
  };
}

function meanRow(
  metric: string,
  results: PageResult[],
  f: (r: PageResult, p: Prediction) => number,
  target?: Row['target'],
): Row {
  const mean = (who: Who): number =>
    results.length ? results.reduce((s, r) => s + f(r, r[who]), 0) / results.length : NaN;
  return { metric, n: results.length, zhuji: mean('zhuji'), readability: mean('readability'), target };
}

function snippetRow(
  metric: string,
  results: PageResult[],
  key: 'mustInclude' | 'mustNotInclude',
  target: Row['target'],
): Row {
  const pairs = results.flatMap((r) => r.page.truth[key].map((s) => ({ r, s })));
  const ok = (who: Who): number => {
    if (!pairs.length) return NaN;
    const hits = pairs.filter(({ r, s }) => contains(r[who].text, s) === (key === 'mustInclude')).length;
    return hits / pairs.length;
  };
  return { metric, n: pairs.length, zhuji: ok('zhuji'), readability: ok('readability'), target };
}

const hi = (value: number): Row['target'] => ({ value, better: 'higher' });
const lo = (value: number): Row['target'] => ({ value, better: 'lower' });

export function scoreResults(results: PageResult[]): Row[] {
  const news = results.filter((r) => r.page.kind === 'news');
  const negatives = results.filter((r) => r.page.kind === 'negative');
  const other = results.filter((r) => r.page.kind === 'other');
  const withTitle = news.filter((r) => r.page.truth.title !== null);
  const withTitleAll = results.filter((r) => r.page.truth.title !== null && r.page.kind !== 'negative');
  const withTime = news.filter((r) => r.page.truth.published !== null);
  const withAuthor = news.filter((r) => r.page.truth.authors !== null);
  const withSource = results.filter((r) => r.page.truth.source !== null);
  const withContent = news.filter((r) => r.page.truth.content !== null);
  const withContentAll = results.filter((r) => r.page.truth.content !== null);
  return [
    row('detection: news pages flagged as article', news, (_r, p) => p.isArticle, hi(0.97)),
    row(
      'detection: non-article pages flagged (home/list/search/forum/video/tag fixtures)',
      negatives,
      (_r, p) => p.isArticle,
      lo(0.1),
    ),
    row(
      'detection: corpus non-news pages flagged (blogs, forums, essays, wiki)',
      other,
      (_r, p) => p.isArticle,
    ),
    row(
      'title exact (whitespace-normalized), news',
      withTitle,
      (r, p) => titleMatches(p.title, r.page.truth.title ?? '', r.page.titleKeepsSuffix),
      hi(0.95),
    ),
    row('title exact, all pages with a title', withTitleAll, (r, p) =>
      titleMatches(p.title, r.page.truth.title ?? '', r.page.titleKeepsSuffix),
    ),
    row(
      'published (truth precision, UTC+8 wall time), news',
      withTime,
      (r, p) => publishedMatches(p.published, r.page.truth.published ?? ''),
      hi(0.9),
    ),
    row(
      "published, wall time in the page's own offset (UTC+8 unless it states one), news",
      withTime,
      (r, p) => publishedMatchesPageTime(p.published, r.page.truth.published ?? ''),
    ),
    row(
      'author (byline names, or the credited editor when the page has no byline), news',
      withAuthor,
      (r, p) => creditMatches(p, r.page.truth.authors ?? []),
      hi(0.85),
    ),
    row('author strict (byline names only), news', withAuthor, (r, p) =>
      authorsMatch(p.authors, r.page.truth.authors ?? []),
    ),
    row('source', withSource, (r, p) => sourceMatches(p.source, r.page.truth.source ?? ''), hi(0.85)),
    meanRow(
      'body character-F1 (letters+digits), news',
      withContent,
      (r, p) => charF1(p.text, r.page.truth.content ?? ''),
      hi(0.97),
    ),
    meanRow('body character-F1, all pages with full text', withContentAll, (r, p) =>
      charF1(p.text, r.page.truth.content ?? ''),
    ),
    snippetRow('must-include snippets present', results, 'mustInclude', hi(0.97)),
    snippetRow('must-not-include snippets absent', results, 'mustNotInclude', hi(0.95)),
  ];
}

const pct = (x: number): string => (Number.isNaN(x) ? '   –  ' : x.toFixed(3).padStart(6));

export function formatRows(rows: Row[], title: string): string {
  const w = Math.max(...rows.map((r) => r.metric.length), 10);
  const lines = [
    title,
    `${'metric'.padEnd(w)}  ${'n'.padStart(4)}   zhuji  readab  target`,
    `${'-'.repeat(w)}  ----  ------  ------  ------`,
  ];
  for (const r of rows) {
    const t = r.target ? `${r.target.better === 'higher' ? '≥' : '≤'}${r.target.value}` : '';
    const pass = !r.n
      ? ' (no pages)'
      : r.target
        ? (r.target.better === 'higher' ? r.zhuji >= r.target.value : r.zhuji <= r.target.value)
          ? ' ok'
          : ' BELOW'
        : '';
    lines.push(
      `${r.metric.padEnd(w)}  ${String(r.n).padStart(4)}  ${pct(r.zhuji)}  ${pct(r.readability)}  ${t}${pass}`,
    );
  }
  return lines.join('\n');
}

export async function runExtractionEval(
  pages: EvalPage[] = [...corpusPages(), ...fixturePages()],
  heading = 'Extraction on {n} pages (../shared/corpus + tests/fixtures)',
): Promise<{ rows: Row[]; results: PageResult[]; text: string }> {
  const results = evaluatePages(pages);
  const rows = scoreResults(results);
  return {
    rows,
    results,
    text: formatRows(rows, heading.replace('{n}', String(pages.length))),
  };
}
