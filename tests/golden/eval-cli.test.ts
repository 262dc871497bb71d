// `npm run eval -- --corpus DIR`: any corpus in ../shared/corpus's layout is scored by the same
// rules (here a two-page corpus written on the spot from the project's fixtures).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'zhuji-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const evalCli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'cli/eval.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 120_000,
  });

describe('eval --corpus', { timeout: 120_000 }, () => {
  it('scores the pages of another corpus and names it', () => {
    writeFileSync(
      join(dir, 'big5.truth.json'),
      JSON.stringify({ title: '台中捷運藍線環評過關 預計2030年通車', author: '陳美玲', source: null }),
    );
    writeFileSync(
      join(dir, 'gb.truth.json'),
      JSON.stringify({ title: '不是这个标题', author: '王小明 李华', source: null }),
    );
    const enc = resolve(ROOT, 'tests/fixtures/encodings');
    writeFileSync(
      join(dir, 'index.json'),
      JSON.stringify([
        { source: 'x', html: `${enc}/big5.html`, truth: 'big5.truth.json', page_type: 'news_article' },
        {
          source: 'x',
          html: `${enc}/gb18030-declared-gb2312.html`,
          truth: 'gb.truth.json',
          page_type: 'news_article',
        },
      ]),
    );
    const r = evalCli('--corpus', dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Extraction on 2 pages (${dir})`);
    const row = (prefix: string) => r.stdout.split('\n').find((l) => l.startsWith(prefix)) ?? '';
    // One title of two right; both bylines right.
    expect(row('title exact (whitespace-normalized), news')).toMatch(/\s2\s+0\.500\s/);
    expect(row('author (byline')).toMatch(/\s2\s+1\.000\s/);
    // Only the extraction section: the recognizers' report is about the project's own labels.
    expect(r.stdout).not.toContain('recognizers');
  });

  it('a directory without index.json is a clear error', () => {
    const r = evalCli('--corpus', join(dir, 'nowhere'));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no index.json');
  });
});
