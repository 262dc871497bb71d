/**
 * The seed article (tests/data/seed.txt, truth in tests/fixtures/seed.truth.json): every marked event, the other dated events,
 * all 26 figures of truth.json with value, unit and qualifier, the garbled 297 flagged.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Event, Figure } from '../../lib/analysis.ts';
import { recognize } from '../../lib/text/recognize.ts';
import { garbledSpans, SEED_TRUTH, seedBody } from '../unit/text/seed-helpers.ts';

interface Truth {
  metadata: { published: string };
  marked_events: Array<{ marker: string; heading: string; date: string; end?: string }>;
  other_dated_events: Array<{ text_contains: string; date: string }>;
  figures: Array<{ text: string; value: number; unit: string; qualifier?: string }>;
  suspect_figures: Array<{ text: string }>;
}

const truth = JSON.parse(readFileSync(SEED_TRUTH, 'utf8')) as Truth;
let text = '';
let figures: Figure[] = [];
let events: Event[] = [];

beforeAll(() => {
  text = seedBody();
  ({ figures, events } = recognize(text, {
    published: truth.metadata.published,
    garbled: garbledSpans(text),
  }));
});

describe('seed: events', () => {
  it.each(truth.marked_events.map((e) => [e.marker, e] as const))('%s', (_marker, want) => {
    const got = events.filter((e) => e.marker === want.marker);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ heading: want.heading, date: want.date, dateEnd: want.end ?? null });
  });

  it.each(truth.other_dated_events.map((e) => [e.text_contains, e] as const))('%s', (_t, want) => {
    const got = events.find((e) => e.text.includes(want.text_contains));
    expect(got?.date).toBe(want.date);
    expect(got?.marker).toBe('');
  });

  it('makes no event of the cut-off 截至2021年11月底', () => {
    expect(events.some((e) => e.date === '2021-11' && e.text.includes('截至'))).toBe(false);
  });

  it('every event’s text is its span of the text', () => {
    for (const e of events) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});

describe('seed: figures', () => {
  it.each(truth.figures.map((f) => [f.text, f] as const))('%s', (_t, want) => {
    const got = figures.find((f) => f.text === want.text);
    expect(got).toBeDefined();
    expect(got).toMatchObject({
      value: want.value,
      unit: want.unit,
      qualifier: want.qualifier ?? null,
      max: null,
      suspect: false,
    });
    expect(text.slice(got!.start, got!.end)).toBe(want.text);
  });

  it('flags the garbled 297 as suspect', () => {
    for (const s of truth.suspect_figures) {
      const got = figures.find((f) => f.text === s.text);
      expect(got?.suspect).toBe(true);
    }
    expect(figures.filter((f) => f.suspect).map((f) => f.text)).toEqual(['297個']);
  });

  it.each(['2021年', '十九屆', '十四五', '五一', '第三十二次', '二十大', '一竿子', '一批', '三年'])(
    'does not report %s as a figure',
    (phrase) => {
      for (const f of figures) expect(f.text.includes(phrase) || phrase.includes(f.text)).toBe(false);
    },
  );
});
