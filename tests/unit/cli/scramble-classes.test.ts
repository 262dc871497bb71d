// The class-scrambled copy of a corpus: every class and id word replaced, nothing else touched.
import { describe, expect, it } from 'vitest';
import { scrambleClasses } from '../../../cli/scramble-classes';

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
