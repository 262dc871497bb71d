import { describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../lib/db/types';
import { readImportFile } from '../../../lib/export/import-file';
import { ImportError } from '../../../lib/export/json';
import { ANNO_CONTEXT, toW3c, type W3cAnnotation } from '../../../lib/export/w3c';
import { parseW3c, type ParsedW3c } from '../../../lib/export/w3c-parse';
import { w3cRecords } from '../../../lib/export/w3c-records';
import { B_URL, pageRecord, SEED_URL, seedAnnotations, seedPages, truth } from './fixtures';

const NOW = new Date('2026-11-28T12:00:00Z');
const annotations = seedAnnotations();
const collection = toW3c(seedPages(), annotations, NOW);
const items = collection.first.items;
const item = (id: string) => items.find((a) => a.id === `urn:zhuji:${id}`)!;
const find = (pred: (a: AnnotationRecord) => boolean) => item(annotations.find(pred)!.id);

function parsed(text: string): ParsedW3c {
  const file = readImportFile(text);
  if (file.format !== 'w3c') throw new Error(`read as ${file.format}`);
  return file.parsed;
}

describe('W3C export', () => {
  it('an AnnotationCollection with the anno.jsonld context and one embedded AnnotationPage', () => {
    expect(collection).toMatchObject({
      '@context': ANNO_CONTEXT,
      type: 'AnnotationCollection',
      total: annotations.length,
      first: { type: 'AnnotationPage', startIndex: 0 },
    });
    expect(items).toHaveLength(annotations.length);
    for (const a of items) {
      expect(a.id).toMatch(/^urn:zhuji:(auto|r)-/);
      expect(a.type).toBe('Annotation');
      expect(Date.parse(a.created)).toBeGreaterThan(0);
    }
  });

  it('targets the page with exactly the stored selectors', () => {
    for (const a of annotations) expect(item(a.id).target).toEqual({ source: a.page, selector: a.selectors });
  });

  it('motivations: describing (collected events), commenting, tagging, highlighting', () => {
    expect(find((a) => a.kind === 'event').motivation).toBe('describing');
    expect(find((a) => a.kind === 'note').motivation).toBe('commenting');
    expect(find((a) => a.id === 'r-mark-b').motivation).toBe('tagging');
    expect(find((a) => a.kind === 'figure').motivation).toBe('highlighting');
  });

  it('the note as a text/plain TextualBody in the page’s language, one tagging body per tag', () => {
    expect(find((a) => a.kind === 'note').body).toEqual([
      {
        type: 'TextualBody',
        value: '比去年多，\n"待核實", 見第3段',
        purpose: 'commenting',
        format: 'text/plain',
        language: 'zh-Hant',
      },
      { type: 'TextualBody', value: '工會', purpose: 'tagging' },
      { type: 'TextualBody', value: '數字 核對', purpose: 'tagging' },
    ]);
    const e8 = find((a) => a.event?.marker === '【事件8】');
    expect(e8.body).toEqual([
      {
        type: 'TextualBody',
        value: '2021-10-14 – 2021-10-16 【事件8】 工匠精神閃耀賽場',
        purpose: 'describing',
        format: 'text/plain',
        language: 'zh-Hant',
      },
    ]);
    expect(e8['zhuji:event']).toMatchObject({
      date: '2021-10-14',
      dateEnd: '2021-10-16',
      marker: '【事件8】',
    });
  });
});

describe('W3C export → import', () => {
  const text = JSON.stringify(collection, null, 1);
  const back = w3cRecords(parsed(text), new Map(), NOW.getTime());

  it('keeps ids, selectors, notes, tags, kinds, colors, events, figures and times; all the reader’s', () => {
    const byId = new Map(back.annotations.map((a) => [a.id, a]));
    expect(byId.size).toBe(annotations.length);
    for (const a of annotations) {
      const b = byId.get(a.id)!;
      expect(b, a.id).toMatchObject({
        page: a.page,
        kind: a.kind,
        selectors: a.selectors,
        exact: a.exact,
        note: a.note,
        tags: a.tags,
        color: a.color,
        date: a.date,
        created: a.created,
        updated: a.updated,
        origin: 'reader',
      });
      expect(b.event).toEqual(a.event);
      expect(b.figure).toEqual(a.figure);
      expect(b.search).toBe(a.search);
    }
  });

  it('brings the pages’ metadata; merges into stored pages without losing what they say', () => {
    const seed = back.pages.find((p) => p.url === SEED_URL)!;
    expect(seed).toMatchObject({
      title: truth.metadata.title,
      editor: '楊永青',
      language: 'zh-Hant',
      visits: 0,
    });
    const stored = pageRecord(B_URL, '', { source: '新華社', visits: 4 });
    const merged = w3cRecords(parsed(text), new Map([[B_URL, stored]]), 0).pages.find(
      (p) => p.url === B_URL,
    )!;
    expect(merged).toMatchObject({ title: '两会观察', source: '新華社', visits: 4, language: 'zh-Hans' });
  });

  it('reads a Hypothesis-style annotation (no zhuji: fields) as a reader’s note, with a stable id', () => {
    const hypothesis = {
      '@context': ANNO_CONTEXT,
      type: 'Annotation',
      id: 'https://hypothes.is/a/AbC123',
      created: '2024-05-01T10:00:00.000000+00:00',
      modified: '2024-05-02T10:00:00.000000+00:00',
      motivation: 'commenting',
      body: [
        { type: 'TextualBody', value: '**要查**', format: 'text/markdown' },
        { type: 'TextualBody', value: '工會', purpose: 'tagging' },
      ],
      target: [
        {
          source: 'https://www.workercn.cn/c/2022-01-29/seed.shtml#top',
          selector: [
            {
              type: 'RangeSelector',
              startContainer: '/div[1]',
              startOffset: 0,
              endContainer: '/div[1]',
              endOffset: 5,
            },
            { type: 'TextPositionSelector', start: 1200, end: 1205 },
            { type: 'TextQuoteSelector', exact: '全總智庫', prefix: '月29日,', suffix: '正式成立' },
          ],
        },
      ],
    };
    const [a] = w3cRecords(parsed(JSON.stringify(hypothesis)), new Map(), 0).annotations;
    expect(a).toMatchObject({
      kind: 'note',
      origin: 'reader',
      page: SEED_URL,
      note: '**要查**',
      tags: ['工會'],
      created: Date.parse('2024-05-01T10:00:00Z'),
      updated: Date.parse('2024-05-02T10:00:00Z'),
      selectors: [
        { type: 'TextQuoteSelector', exact: '全總智庫', prefix: '月29日,', suffix: '正式成立' },
        { type: 'TextPositionSelector', start: 1200, end: 1205 },
      ],
    });
    expect(a!.id).toMatch(/^r-w3c-\w+$/);
    expect(w3cRecords(parsed(JSON.stringify([hypothesis])), new Map(), 0).annotations[0]!.id).toBe(a!.id);
  });
});

describe('W3C import: a malformed file is refused, naming the path', () => {
  const base = () => JSON.parse(JSON.stringify(collection)) as typeof collection & Record<string, unknown>;
  const first = (c: ReturnType<typeof base>) => c.first.items[0] as W3cAnnotation & Record<string, unknown>;
  const cases: [string, (c: ReturnType<typeof base>) => void, string][] = [
    [
      'no quote',
      (c) => (first(c).target.selector = [first(c).target.selector[1]] as never),
      'first.items[0].target.selector: no TextQuoteSelector',
    ],
    [
      'empty quote',
      (c) => (first(c).target.selector[0].exact = ' '),
      'first.items[0].target.selector[0].exact: empty quote',
    ],
    [
      'a script address',
      (c) => (first(c).target.source = 'javascript:alert(1)'),
      'first.items[0].target.source: only http and https pages',
    ],
    [
      'no target',
      (c) => delete (first(c) as Partial<W3cAnnotation>).target,
      'first.items[0].target: missing',
    ],
    [
      'two targets',
      (c) => (first(c).target = [first(c).target, first(c).target] as never),
      'first.items[0].target: expected exactly one target',
    ],
    [
      'position backwards',
      (c) => (first(c).target.selector[1] = { type: 'TextPositionSelector', start: 9, end: 3 }),
      'first.items[0].target.selector[1]: end before start',
    ],
    [
      'a body that is not text',
      (c) => (c.first.items[3]!.body = [{ type: 'TextualBody', value: 5 }] as never),
      'first.items[3].body[0].value: expected text',
    ],
    [
      'an image body',
      (c) => (c.first.items[3]!.body = [{ type: 'Image', value: 'x' }] as never),
      'first.items[3].body[0].type: only TextualBody is supported',
    ],
    [
      'a bad time',
      (c) => (first(c).created = 'yesterday'),
      'first.items[0].created: expected an ISO 8601 date-time',
    ],
    [
      'a bad event date',
      (c) => (first(c)['zhuji:event']!.date = 'soon'),
      'first.items[0].zhuji:event.date: expected an ISO 8601 date',
    ],
    [
      'an event without its date',
      (c) => delete first(c)['zhuji:event'],
      'first.items[0].zhuji:event: an event needs its date',
    ],
    [
      'a bad kind',
      (c) => (first(c)['zhuji:kind'] = 'poem' as never),
      'first.items[0].zhuji:kind: expected one of',
    ],
    [
      'a bad color',
      (c) => (first(c)['zhuji:color'] = 'url(x)'),
      'first.items[0].zhuji:color: expected a color',
    ],
    [
      'not an annotation',
      (c) => (first(c).type = 'Note' as never),
      'first.items[0].type: expected "Annotation"',
    ],
    [
      'a twin',
      (c) => (c.first.items[1]!.id = first(c).id),
      'first.items[1].id: the same annotation as first.items[0]',
    ],
    [
      'items elsewhere',
      (c) => (c.first = 'https://example.com/page2' as never),
      'first: the annotations are at another address',
    ],
    [
      'a page continued elsewhere',
      (c) => ((c.first as Record<string, unknown>).next = 'https://example.com/p2'),
      'first.next: the annotations are at another address',
    ],
    ['items not a list', (c) => (c.first.items = {} as never), 'first.items: expected a list'],
    [
      'bad page metadata',
      (c) => (c['zhuji:pages'] = [{ url: 'ftp://x' }] as never),
      'zhuji:pages[0].url: only http and https pages',
    ],
  ];
  it.each(cases)('%s', (_, spoil, message) => {
    const c = base();
    spoil(c);
    const read = () => w3cRecords(parsed(JSON.stringify(c)), new Map(), 0);
    expect(read).toThrow(ImportError);
    expect(read).toThrow(message);
    try {
      read();
    } catch (e) {
      expect((e as ImportError).format).toBe('w3c');
    }
  });

  it('JSON that is neither format, and text that is not JSON, are refused as such', () => {
    for (const text of [
      '{"hello":1}',
      '[]',
      'not json',
      '{"@context":"https://schema.org","type":"Article"}',
    ]) {
      expect(() => readImportFile(text)).toThrow(ImportError);
      try {
        readImportFile(text);
      } catch (e) {
        expect((e as ImportError).format).toBeNull();
      }
    }
  });

  it('parseW3c wraps every problem as an ImportError', () => {
    expect(() => parseW3c({ type: 'AnnotationPage' })).toThrow('items: expected a list');
    expect(() => parseW3c(null)).toThrow('(file): expected an Annotation object');
  });
});
