/**
 * The evaluation pages: ../shared/corpus (index.json + <page>.truth.json) and the project's
 * own fixtures (tests/fixtures/seed.html, tests/fixtures/negatives/*.html), as one list.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface Truth {
  title: string | null;
  published: string | null;
  /** null: unknown. []: the page asserts there is no byline. */
  authors: string[] | null;
  source: string | null;
  content: string | null;
  mustInclude: string[];
  mustNotInclude: string[];
}

export interface EvalPage {
  id: string;
  file: string;
  /** news: a news article; negative: a non-article page (home, list, search, forum, video, tag); other: not news but article-like (blog, essay, wiki). */
  kind: 'news' | 'negative' | 'other';
  /** The truth title came from Readability's snapshot and keeps the <title> site suffix. */
  titleKeepsSuffix: boolean;
  truth: Truth;
}

const REPO = resolve(import.meta.dirname, '..');
export const CORPUS_DIR = resolve(REPO, '../shared/corpus');
export const FIXTURES_DIR = resolve(REPO, 'tests/fixtures');

function splitNames(s: string | null | undefined): string[] | null {
  if (s === null || s === undefined) return null;
  return s.split(/[\s、,，;；]+/).filter(Boolean);
}

interface IndexRow {
  source: string;
  html: string;
  truth: string;
  page_type: string;
}

export function corpusPages(dir = CORPUS_DIR): EvalPage[] {
  const indexFile = join(dir, 'index.json');
  if (!existsSync(indexFile)) return [];
  const rows = JSON.parse(readFileSync(indexFile, 'utf8')) as IndexRow[];
  return rows.map((row) => {
    const t = JSON.parse(readFileSync(resolve(dir, row.truth), 'utf8')) as Record<string, unknown>;
    const notAsserted = Array.isArray(t.not_asserted) ? (t.not_asserted as string[]) : null;
    // taiwanese-news-parser asserts nil bylines; elsewhere null only means "not annotated".
    const authorAsserted = notAsserted !== null && !notAsserted.includes('author');
    const author = (t.author as string | null) ?? null;
    const news = row.page_type.startsWith('news_article');
    return {
      id: row.html,
      file: resolve(dir, row.html),
      kind: news ? 'news' : 'other',
      titleKeepsSuffix: row.source === 'mozilla-readability',
      truth: {
        title: (t.title as string | null) ?? null,
        published: (t.publish_time as string | null) ?? null,
        authors: author === null ? (authorAsserted ? [] : null) : splitNames(author),
        source: (t.source as string | null) ?? null,
        content: (t.content as string | null) ?? null,
        mustInclude: (t.content_must_include as string[] | undefined) ?? [],
        mustNotInclude: (t.content_must_not_include as string[] | undefined) ?? [],
      },
    } satisfies EvalPage;
  });
}

export function fixturePages(dir = FIXTURES_DIR): EvalPage[] {
  const out: EvalPage[] = [];
  const seedTruth = join(dir, 'seed.truth.json');
  if (existsSync(seedTruth)) {
    const t = JSON.parse(readFileSync(seedTruth, 'utf8')) as {
      metadata: { title: string; published: string; source: string; authors: string[] };
      body: { first_paragraph_starts: string; last_paragraph_starts: string };
      not_junk: string[];
    };
    out.push({
      id: 'fixtures/seed.html',
      file: join(dir, 'seed.html'),
      kind: 'news',
      titleKeepsSuffix: false,
      truth: {
        title: t.metadata.title,
        published: t.metadata.published,
        authors: t.metadata.authors,
        source: t.metadata.source,
        content: null,
        mustInclude: [t.body.first_paragraph_starts, t.body.last_paragraph_starts],
        mustNotInclude: t.not_junk,
      },
    });
  }
  const neg = join(dir, 'negatives');
  if (existsSync(neg)) {
    for (const f of readdirSync(neg)
      .filter((n) => n.endsWith('.html'))
      .sort()) {
      out.push({
        id: `fixtures/negatives/${f}`,
        file: join(neg, f),
        kind: 'negative',
        titleKeepsSuffix: false,
        truth: {
          title: null,
          published: null,
          authors: null,
          source: null,
          content: null,
          mustInclude: [],
          mustNotInclude: [],
        },
      });
    }
  }
  return out;
}
