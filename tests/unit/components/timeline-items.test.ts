import { describe, expect, it } from 'vitest';
import { formatDate, formatRange } from '../../../components/popup/format';
import { buildItems, countByTab, filterRecords, NO_FILTERS } from '../../../components/popup/timeline-items';
import { buildRecord } from '../../../lib/db/records';
import type { AnnotationRecord, PageRecord } from '../../../lib/db/types';
import { searchForm } from '../../../lib/text/script';
import { eventInput, highlightInput } from '../db/fixtures';

const TEXT = '甲事件發生。乙事件发生。丙事件。丁劃線。';
const ev = (exact: string, date: string, created: number, page = 'https://a.example/1'): AnnotationRecord =>
  buildRecord(eventInput(TEXT, exact, date), { id: `auto-${exact}`, page, origin: 'auto' }, created);
const mark = (exact: string, created: number): AnnotationRecord =>
  buildRecord(
    highlightInput(TEXT, exact, '', ['t']),
    { id: `r-${exact}`, page: 'https://b.example/2', origin: 'reader' },
    created,
  );

const RECORDS = [
  ev('甲事件發生', '2021-07-29', 1),
  ev('乙事件发生', '2021-07-29', 2),
  ev('丙事件', '2020', 3),
  mark('丁劃線', Date.UTC(2024, 0, 2)),
];
const PAGES = new Map<string, PageRecord>();

describe('buildItems', () => {
  it('groups by day under one heading per day, newest first, and flips for oldest first', () => {
    const newest = buildItems(RECORDS, PAGES, 'newest');
    expect(newest.map((i) => (i.type === 'day' ? `#${i.day}` : i.record.exact))).toEqual([
      '#2024-01-02',
      '丁劃線',
      '#2021-07-29',
      '乙事件发生',
      '甲事件發生',
      '#2020',
      '丙事件',
    ]);
    const oldest = buildItems(RECORDS, PAGES, 'oldest');
    expect(oldest.map((i) => (i.type === 'day' ? `#${i.day}` : i.record.exact))).toEqual([
      '#2020',
      '丙事件',
      '#2021-07-29',
      '甲事件發生',
      '乙事件发生',
      '#2024-01-02',
      '丁劃線',
    ]);
  });
});

describe('filterRecords', () => {
  it('keeps a tab’s kinds, matching the search form across scripts, tag and date range', () => {
    const events = filterRecords(RECORDS, PAGES, 'events', '', NO_FILTERS);
    expect(events).toHaveLength(3);
    expect(filterRecords(RECORDS, PAGES, 'all', searchForm('發生'), NO_FILTERS)).toHaveLength(2);
    expect(filterRecords(RECORDS, PAGES, 'all', searchForm('划线'), NO_FILTERS)).toHaveLength(1);
    expect(filterRecords(RECORDS, PAGES, 'all', '', { ...NO_FILTERS, tag: 't' })).toHaveLength(1);
    const range = filterRecords(RECORDS, PAGES, 'all', '', {
      ...NO_FILTERS,
      from: '2021-01-01',
      to: '2021-12-31',
    });
    expect(range.map((r) => r.exact).sort()).toEqual(['乙事件发生', '甲事件發生']);
    expect(countByTab(RECORDS)).toEqual({ events: 3, figures: 0, marks: 1, all: 4 });
  });
});

describe('format', () => {
  it('writes dates at their precision, in each locale, and ranges', () => {
    expect(formatDate('2021-07-29', 'en')).toBe('29 Jul 2021');
    expect(formatDate('2021-07', 'zh-Hans')).toBe('2021年7月');
    expect(formatDate('2021', 'zh-Hant')).toBe('2021年');
    expect(formatDate('2022-01-29T09:30:00+08:00', 'zh-Hant')).toBe('2022年1月29日 09:30');
    expect(formatRange('2021-10-14', '2021-10-16', 'zh-Hans')).toBe('2021年10月14日 – 2021年10月16日');
    expect(formatRange('2021-10-14', null, 'en')).toBe('14 Oct 2021');
  });
});
