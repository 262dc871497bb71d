/**
 * Export fixtures: the seed article as stored after a reading (its ten marked events, two
 * other dated events, two pinned figures — one suspect — and a highlight with a note and
 * tags), plus a newer Simplified article with an event and a note.
 */
import { readFileSync } from 'node:fs';
import { describe as describeSpan } from '../../../lib/anchor/describe';
import { autoId } from '../../../lib/db/ids';
import { buildRecord } from '../../../lib/db/records';
import type { AnnotationInput, AnnotationRecord, EventFields, PageRecord } from '../../../lib/db/types';
import { eventInput, highlightInput, pageInput } from '../db/fixtures';
import { SEED_TRUTH, seedBody } from '../text/seed-helpers';

interface Truth {
  metadata: { title: string; published: string; source: string; authors: string[]; editor: string };
  marked_events: { marker: string; heading: string; date: string; end?: string }[];
}

export const SEED_URL = 'https://www.workercn.cn/c/2022-01-29/seed.shtml';
export const B_URL = 'https://xinhua.example.cn/b.html';
/** The second article's text (as in tests/unit/popup/helpers). */
export const TEXT_B =
  '2023年3月5日，十四届全国人大一次会议开幕。\n5月1日起，新版劳动法规施行，工会将参与监督。';
export const truth = JSON.parse(readFileSync(SEED_TRUTH, 'utf8')) as Truth;
export const SEED = seedBody();

export function pageRecord(url: string, title: string, extra: Partial<PageRecord> = {}): PageRecord {
  return {
    ...pageInput(url, title),
    site: new URL(url).hostname,
    firstVisit: 1000,
    lastVisit: 1000,
    visits: 1,
    ...extra,
  };
}

function figureInput(text: string, exact: string, figure: AnnotationInput['figure']): AnnotationInput {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`${exact} not in text`);
  return {
    kind: 'figure',
    selectors: describeSpan(text, start, start + exact.length),
    note: '',
    tags: [],
    color: '',
    figure,
  };
}

const auto = (url: string, input: AnnotationInput, now: number) =>
  buildRecord(
    input,
    {
      id: autoId(url, input.kind, input.event?.date ?? '', input.selectors[0].exact),
      page: url,
      origin: 'auto',
    },
    now,
  );
const reader = (url: string, id: string, input: AnnotationInput, now: number) =>
  buildRecord(input, { id, page: url, origin: 'reader' }, now);

/** Each marked event: the 【事件N】 line's first sentence, with its marker, heading and dates. */
function markedEvents(): AnnotationInput[] {
  return truth.marked_events.map((m) => {
    const line = SEED.split('\n').find((l) => l.startsWith(m.marker))!;
    const sentence = line.slice(m.marker.length, line.indexOf('。'));
    const input = eventInput(SEED, sentence, m.date);
    const event: EventFields = {
      ...input.event!,
      marker: m.marker,
      heading: m.heading,
      dateEnd: m.end ?? null,
    };
    return { ...input, event };
  });
}

export function seedPages(): PageRecord[] {
  const m = truth.metadata;
  return [
    pageRecord(SEED_URL, m.title, {
      source: m.source,
      published: m.published,
      authors: m.authors,
      editor: m.editor,
      language: 'zh-Hant',
      lastVisit: 5000,
    }),
    pageRecord(B_URL, '两会观察', {
      source: '新华社',
      published: '2023-03-06T08:00:00+08:00',
      language: 'zh-Hans',
    }),
  ];
}

export function seedAnnotations(): AnnotationRecord[] {
  const events = [
    ...markedEvents(),
    eventInput(SEED, '全總智庫正式成立', '2021-09-29'),
    eventInput(SEED, '大賽自2021年6月啟動', '2021-06'),
  ].map((input) => auto(SEED_URL, input, 1_643_420_000_000));
  const figures = [
    figureInput(SEED, '近億元', { value: 1e8, max: null, unit: '元', qualifier: '近', suspect: false }),
    figureInput(SEED, '297個', { value: 297, max: null, unit: '個', qualifier: null, suspect: true }),
  ].map((input, i) => reader(SEED_URL, `r-figure-${i}`, input, 1_643_430_000_000 + i));
  const note = reader(
    SEED_URL,
    'r-note-seed',
    {
      ...highlightInput(SEED, '328.13萬人', '比去年多，\n"待核實", 見第3段', ['工會', '數字 核對']),
      kind: 'note',
    },
    1_643_440_000_000,
  );
  const bEvent = auto(
    B_URL,
    eventInput(TEXT_B, '2023年3月5日，十四届全国人大一次会议开幕', '2023-03-05'),
    1_678_000_000_000,
  );
  const bMark = reader(
    B_URL,
    'r-mark-b',
    highlightInput(TEXT_B, '十四届全国人大', '', ['两会']),
    1_678_000_100_000,
  );
  return [...events, ...figures, note, bEvent, bMark];
}
