import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../../lib/export/import-file';
import { ImportError } from '../../../lib/export/json';
import { ANNO_CONTEXT } from '../../../lib/export/w3c';
import type { ParsedW3c } from '../../../lib/export/w3c-parse';
import { w3cRecords } from '../../../lib/export/w3c-records';
import { SEED_URL } from './fixtures';

const PAGE = 'https://www.workercn.cn/c/2022-01-29/seed.shtml';
const selectors = (exact: string, start: number) => [
  {
    type: 'RangeSelector',
    startContainer: '/div[1]/p[3]',
    startOffset: 0,
    endContainer: '/div[1]/p[3]',
    endOffset: 4,
  },
  { type: 'TextPositionSelector', start, end: start + exact.length },
  { type: 'TextQuoteSelector', exact, prefix: '月29日,', suffix: '正式成立' },
];
/** An API annotation as Hypothesis's client exports it (fields as in its APIAnnotationData). */
const api = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  created: '2024-05-01T10:00:00.000000+00:00',
  updated: '2024-05-02T10:00:00.000000+00:00',
  user: 'acct:reader@hypothes.is',
  uri: PAGE,
  text: '',
  tags: [],
  group: '__world__',
  permissions: { read: ['group:__world__'] },
  target: [{ source: PAGE, selector: selectors('全總智庫', 1200) }],
  document: { title: ['全總智庫正式成立_中工網'] },
  links: { html: `https://hypothes.is/a/${id}`, incontext: `https://hyp.is/${id}/x` },
  user_info: { display_name: 'Reader' },
  ...extra,
});
const exportFile = (annotations: unknown[]) => ({
  export_date: '2024-06-01T00:00:00.000Z',
  export_userid: 'acct:reader@hypothes.is',
  client_version: '1.1500.0',
  annotations,
});
const read = (data: unknown): ParsedW3c => {
  const file = readImportFile(JSON.stringify(data));
  if (file.format !== 'hypothesis') throw new Error(`read as ${file.format}`);
  return file.parsed;
};

describe('Hypothesis JSON import', () => {
  const file = exportFile([
    api('Hl1'),
    api('Nt2', { text: '要**核實**', tags: ['工會', ' 數字 ', '工會'] }),
    api('Rp3', { text: '同意', references: ['Nt2'] }), // a reply
    api('Pg4', { text: '整篇值得一讀', target: [{ source: PAGE }] }), // a page note
  ]);

  it('reads the client export: highlights, notes with tags, the page title; replies and page notes counted', () => {
    const parsed = read(file);
    expect(parsed.skipped).toBe(2);
    expect(parsed.pages).toEqual([expect.objectContaining({ url: PAGE, title: '全總智庫正式成立_中工網' })]);
    const { annotations, pages } = w3cRecords(parsed, new Map(), 0);
    expect(annotations.map((a) => [a.kind, a.note, a.tags])).toEqual([
      ['highlight', '', []],
      ['note', '要**核實**', ['工會', '數字']],
    ]);
    expect(annotations[1]).toMatchObject({
      origin: 'reader',
      page: SEED_URL,
      exact: '全總智庫',
      created: Date.parse('2024-05-01T10:00:00Z'),
      updated: Date.parse('2024-05-02T10:00:00Z'),
      selectors: [
        { type: 'TextQuoteSelector', exact: '全總智庫', prefix: '月29日,', suffix: '正式成立' },
        { type: 'TextPositionSelector', start: 1200, end: 1204 },
      ],
    });
    expect(pages).toEqual([expect.objectContaining({ url: SEED_URL, title: '全總智庫正式成立_中工網' })]);
  });

  it('gives the same ids as the same annotations in Hypothesis’s W3C form, so a second import replaces', () => {
    const fromJson = w3cRecords(read(file), new Map(), 0).annotations[1]!.id;
    const w3c = readImportFile(
      JSON.stringify({
        '@context': ANNO_CONTEXT,
        type: 'Annotation',
        id: 'https://hypothes.is/a/Nt2',
        body: [{ type: 'TextualBody', value: '要**核實**' }],
        target: [{ source: PAGE, selector: selectors('全總智庫', 1200) }],
      }),
    );
    if (w3c.format !== 'w3c') throw new Error('not read as W3C');
    expect(w3cRecords(w3c.parsed, new Map(), 0).annotations[0]!.id).toBe(fromJson);
    expect(w3cRecords(read(file), new Map(), 0).annotations[1]!.id).toBe(fromJson);
  });

  it('takes the target that quotes the page when there are several', () => {
    const two = api('Tt5', {
      target: [
        { source: PAGE, selector: [{ type: 'FragmentSelector', value: 'p3' }] },
        { source: PAGE, selector: selectors('工會法', 40) },
      ],
    });
    expect(read(exportFile([two])).annotations[0]!.input.selectors[0].exact).toBe('工會法');
  });

  it('reads an API search result and a bare list of API annotations', () => {
    expect(read({ total: 1, rows: [api('Hl1')] }).annotations).toHaveLength(1);
    expect(read([api('Hl1'), api('Hl2')]).annotations).toHaveLength(2);
    expect(read({ total: 0, rows: [] }).annotations).toEqual([]);
  });

  const refused = (data: unknown): ImportError => {
    try {
      readImportFile(JSON.stringify(data));
    } catch (e) {
      expect(e).toBeInstanceOf(ImportError);
      return e as ImportError;
    }
    throw new Error('accepted');
  };

  it('refuses a malformed file as a whole, naming the path', () => {
    const cases: [unknown, string][] = [
      [exportFile([api('a'), api('b', { tags: '工會' })]), 'annotations[1].tags'],
      [exportFile([api('a', { uri: 'javascript:alert(1)' })]), 'annotations[0].uri'],
      [exportFile([api('a', { text: 5 })]), 'annotations[0].text'],
      [exportFile([api('a', { created: 'yesterday' })]), 'annotations[0].created'],
      [exportFile([api('a'), { note: 'no uri or target' }]), 'annotations[1]'],
      [
        exportFile([api('a', { target: [{ source: PAGE, selector: selectors('', 3) }] })]),
        'annotations[0].target[0].selector[2].exact',
      ],
      [
        exportFile([api('a', { tags: Array.from({ length: 51 }, (_, i) => `t${i}`) })]),
        'annotations[0].tags',
      ],
    ];
    for (const [data, path] of cases) {
      const e = refused(data);
      expect(e.format).toBe('hypothesis');
      expect(e.message).toContain(path);
    }
  });

  it('does not take other JSON for Hypothesis', () => {
    expect(refused({ annotations: [{ a: 1 }] }).format).toBeNull();
    expect(refused({ total: 3, rows: [{ id: 1 }] }).format).toBeNull();
    expect(refused([{ uri: PAGE }]).format).toBeNull();
  });
});
