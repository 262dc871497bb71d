// The class-scrambled copy of a corpus: every class and id word replaced, nothing else touched.
import { describe, expect, it } from 'vitest';
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scrambleClasses, scrambleCorpus } from '../../../cli/scramble-classes';

describe('scrambleClasses', () => {
  it('replaces each class and id word by one token, quoted or not, and keeps every other byte', () => {
    const gbk = Buffer.from([0xd0, 0xc2, 0xce, 0xc5]); // 新闻 in GB18030
    const page = Buffer.concat([
      Buffer.from('<div class="content main" id=article><p class=\'content\'>'),
      gbk,
      Buffer.from('</p><a href="/x" title="class=y">z</a></div>'),
    ]);
    const out = scrambleClasses(page).toString('latin1');
    const [, a, b, id, c] = /class="(k\w{6}) (k\w{6})" id=(k\w{6})><p class='(k\w{6})'>/.exec(out) ?? [];
    expect(a).toBeDefined();
    expect(a).toBe(c); // the same word, the same token
    expect(new Set([a, b, id]).size).toBe(3);
    expect(out).not.toMatch(/content|main|article/);
    expect(scrambleClasses(page).includes(gbk)).toBe(true);
    expect(out.endsWith('</p><a href="/x" title="class=y">z</a></div>')).toBe(true);
  });
});

describe('scrambleCorpus', () => {
  const dir = (): string => mkdtempSync(join(tmpdir(), 'zhuji-scramble-'));

  it('scrambles a copy: a page the corpus links to from elsewhere is left as it was', () => {
    const base = dir();
    const elsewhere = join(base, 'pages');
    mkdirSync(elsewhere);
    const page = '<div class="content">新闻</div>';
    writeFileSync(join(elsewhere, 'a.html'), page);
    const src = join(base, 'corpus');
    mkdirSync(src);
    symlinkSync(join(elsewhere, 'a.html'), join(src, 'a.html'));
    writeFileSync(join(src, 'a.truth.json'), '{"title":"x"}');
    const out = join(base, 'out');
    expect(scrambleCorpus(src, out)).toBe(1);
    expect(readFileSync(join(elsewhere, 'a.html'), 'utf8')).toBe(page);
    expect(lstatSync(join(out, 'a.html')).isSymbolicLink()).toBe(false);
    expect(readFileSync(join(out, 'a.html'), 'utf8')).toMatch(/^<div class="k\w{6}">新闻<\/div>$/);
    expect(readFileSync(join(out, 'a.truth.json'), 'utf8')).toBe('{"title":"x"}');
  });

  it('refuses an OUT that exists, and changes nothing in it', () => {
    const base = dir();
    const src = join(base, 'corpus');
    mkdirSync(src);
    writeFileSync(join(src, 'a.html'), '<p class="x">y</p>');
    const out = join(base, 'out');
    mkdirSync(out);
    writeFileSync(join(out, 'a.html'), 'kept');
    expect(() => scrambleCorpus(src, out)).toThrow(/already exists/);
    expect(readFileSync(join(out, 'a.html'), 'utf8')).toBe('kept');
    expect(() => scrambleCorpus(join(base, 'none'), join(base, 'out2'))).toThrow(/not a directory/);
  });
});
