import { describe, expect, it } from 'vitest';
import {
  findDates,
  isUpdateTime,
  labelledDate,
  parseMachineDate,
  refineTime,
  toShownOffset,
} from '../../../lib/extract/dates';
import { seenRelativeDate, showsRelativeTime, shownToday, timeOnDay } from '../../../lib/extract/shown-dates';

const first = (s: string): string | undefined => findDates(s)[0]?.iso;

describe('findDates', () => {
  it('keeps the precision the page gives, in UTC+8', () => {
    expect(first('2022-01-29 09:30:00')).toBe('2022-01-29T09:30:00+08:00');
    expect(first('2013年06月29日19:35')).toBe('2013-06-29T19:35+08:00');
    expect(first('2014/03/19 18:58 彭佳芸 黃翊真 報導')).toBe('2014-03-19T18:58+08:00');
    expect(first('2013-6-29')).toBe('2013-06-29');
  });

  it('reads am/pm and 下午', () => {
    expect(first('2013.06.29 04:17 pm')).toBe('2013-06-29T16:17+08:00');
    expect(first('2020年1月2日 下午3:05')).toBe('2020-01-02T15:05+08:00');
  });

  it('keeps an offset the page states', () => {
    expect(first('2022-02-06T12:48:06+00:00')).toBe('2022-02-06T12:48:06+00:00');
    expect(first('2020-02-19T10:00Z')).toBe('2020-02-19T10:00Z');
    expect(first('2026-03-28T08:30-05:00')).toBe('2026-03-28T08:30-05:00');
    expect(first('2026-03-28 08:30 -0500')).toBe('2026-03-28T08:30-05:00');
  });

  it('reads a time range’s end for no offset (决赛时间：2026年3月28日8:30-13:00)', () => {
    expect(first('决赛时间：2026年3月28日8:30-13:00。')).toBe('2026-03-28T08:30+08:00');
    expect(first('2026-03-28 08:30-09:00')).toBe('2026-03-28T08:30+08:00');
  });

  it('reads a zone the page names after the time (UTC, GMT+8, UTC+05:30)', () => {
    expect(first('2024-05-20 09:47 UTC')).toBe('2024-05-20T09:47+00:00');
    expect(first('2024-05-20 09:47 (GMT+8)')).toBe('2024-05-20T09:47+08:00');
    expect(first('2024-05-20 09:47 GMT-5')).toBe('2024-05-20T09:47-05:00');
    expect(first('2024-05-20 09:47 UTC+05:30')).toBe('2024-05-20T09:47+05:30');
    expect(first('2024-05-20T09:47:00+0000')).toBe('2024-05-20T09:47:00+00:00');
    // A word that only starts so is no zone.
    expect(first('2024-05-20 09:47 UTCX')).toBe('2024-05-20T09:47+08:00');
  });

  it('reads a UTC+8 zone written between the day and the time (RTHK: 2024-05-20 HKT 09:47)', () => {
    expect(first('2024-05-20 HKT 09:47')).toBe('2024-05-20T09:47+08:00');
    expect(first('2024年5月20日 北京时间 09:47')).toBe('2024-05-20T09:47+08:00');
    expect(first('2024-05-20 HKT')).toBe('2024-05-20');
  });

  it('reads a year of the Republic of China (民國113年, 113/05/20 after a label)', () => {
    expect(first('民國113年5月20日')).toBe('2024-05-20');
    expect(first('發布時間：113/05/20 09:47')).toBe('2024-05-20T09:47+08:00');
    expect(first('113-05-20')).toBe('2024-05-20');
    // Three digits inside a sentence are no year (a score, a ratio).
    expect(first('比分 120/11/30')).toBeUndefined();
    expect(first('中华民国100年')).toBeUndefined();
  });

  it('reads the day before the month in a slashed date, the month first when the day says so', () => {
    expect(first('20/05/2024 09:47')).toBe('2024-05-20T09:47+08:00');
    expect(first('7/5/2005 9:23:57 PM')).toBe('2005-05-07T21:23:57+08:00');
    expect(first('9/17/2004 5:54:13 AM')).toBe('2004-09-17T05:54:13+08:00');
    expect(first('5/20/2024')).toBe('2024-05-20');
    // (With a dash or a dot as well: 20-05-2024 was read as the clock of the day it was seen.)
    expect(first('20-05-2024 09:47')).toBe('2024-05-20T09:47+08:00');
    expect(first('20.05.2024')).toBe('2024-05-20');
    expect(first('电话 12-34-5678')).toBeUndefined();
  });

  it('reads 号 for 日, full-width digits, and a date run together when a clock follows it', () => {
    expect(first('2024年5月20号 09:47')).toBe('2024-05-20T09:47+08:00');
    expect(first('２０２４年５月２０日　０９：４７')).toBe('2024-05-20T09:47+08:00');
    expect(first('20240520 09:47')).toBe('2024-05-20T09:47+08:00');
    expect(first('编号 20240520')).toBeUndefined();
    expect(first('单号202405201234 09:47')).toBeUndefined();
  });

  it("reads an English month's name, before or after the day, with the clock and zone given", () => {
    expect(first('20 May 2024 09:47')).toBe('2024-05-20T09:47+08:00');
    expect(first('May 20, 2024 9:47 AM')).toBe('2024-05-20T09:47+08:00');
    expect(first('Saturday, September 10th, 2005 10:56 pm')).toBe('2005-09-10T22:56+08:00');
    expect(first('Mon, 20 May 2024 09:47:00 GMT')).toBe('2024-05-20T09:47:00+00:00');
    expect(first('Published: 20 May 2024 09:47 +0800')).toBe('2024-05-20T09:47+08:00');
    expect(first('Mar 3 2024')).toBe('2024-03-03');
    // A month and a year are no day.
    expect(first('Updated May 2024')).toBeUndefined();
  });

  it('reads a date in Chinese numerals (二〇二四年五月二十日)', () => {
    expect(first('二〇二四年五月二十日')).toBe('2024-05-20');
    expect(first('二零二四年十二月三十一日')).toBe('2024-12-31');
    expect(first('二〇二四年二月三十日')).toBeUndefined();
  });

  it('reads the clock written before the date', () => {
    expect(first('09:47 2024/05/20 中國時報')).toBe('2024-05-20T09:47+08:00');
    expect(findDates('09:47:12 2024-05-20')[0]).toMatchObject({ iso: '2024-05-20T09:47:12+08:00', index: 9 });
    expect(first('比分 3:30 2024年5月20日下午3:00')).toBe('2024-05-20T15:00+08:00');
  });

  it('rejects impossible dates and digit runs', () => {
    expect(findDates('2013-13-40')).toEqual([]);
    expect(findDates('2019-02-29')).toEqual([]);
    expect(findDates('2020-02-29')[0]?.iso).toBe('2020-02-29');
    expect(findDates('2019年4月31日')).toEqual([]);
    expect(findDates('電話 0912013-06-29')).toEqual([]);
  });
});

describe('parseMachineDate', () => {
  it('parses ISO and unix times', () => {
    expect(parseMachineDate('2020-02-19')).toBe('2020-02-19');
    expect(parseMachineDate('1580000000')).toBe('2020-01-26T08:53:20+08:00');
    expect(parseMachineDate('not a date')).toBe('');
  });

  it('keeps a zone written after the time (a name, an offset without a colon, or both)', () => {
    expect(parseMachineDate('2023-09-13T17:48:56 JST+0900')).toBe('2023-09-13T17:48:56+09:00');
    expect(parseMachineDate('2023-09-13T17:48:56.000+0900')).toBe('2023-09-13T17:48:56+09:00');
    expect(parseMachineDate('2023-09-13T17:48 UTC')).toBe('2023-09-13T17:48+00:00');
    expect(parseMachineDate('2023-09-13 17:48:56')).toBe('2023-09-13T17:48:56+08:00');
  });

  it('reads unix times and offset-less times in the offset it is given', () => {
    expect(parseMachineDate('1580000000000', '+01:00')).toBe('2020-01-26T01:53:20+01:00');
    expect(parseMachineDate('2020-01-26 01:53:20', '+01:00')).toBe('2020-01-26T01:53:20+01:00');
    expect(parseMachineDate('2020-01-26T01:53:20Z', '+01:00')).toBe('2020-01-26T01:53:20Z');
  });
});

describe('refineTime', () => {
  it('takes the seconds a script value gives for the minute the page shows', () => {
    expect(refineTime('2014-04-30T14:49+08:00', ['1398840577'])).toBe('2014-04-30T14:49:37+08:00');
    expect(refineTime('2014-04-30T14:49+08:00', ['2014-04-30 14:49:37'])).toBe('2014-04-30T14:49:37+08:00');
  });

  it('ignores script values for another moment, or in another offset', () => {
    // The page's clock says 14:49; a script value of 14:50:02 is another moment (or a page-build time).
    expect(refineTime('2014-04-30T14:49+08:00', ['1398840602'])).toBe('2014-04-30T14:49+08:00');
    expect(refineTime('2014-04-30T14:49+08:00', ['2014-04-29 14:49:37'])).toBe('2014-04-30T14:49+08:00');
    expect(refineTime('2014-04-30T14:49+08:00', ['2014-04-30T14:49:37Z'])).toBe('2014-04-30T14:49+08:00');
    // 14:4 is not a prefix of the minute 14:49.
    expect(refineTime('2014-04-30T14:4', ['2014-04-30 14:49:37'])).toBe('2014-04-30T14:4');
    expect(refineTime('2014-04-30T14:49+08:00', [])).toBe('2014-04-30T14:49+08:00');
    // A day alone is not refined: a script's offset-less time may be UTC, or midnight padding.
    expect(refineTime('2019-09-11', ['2019-09-11T02:46:57'])).toBe('2019-09-11');
  });

  it('reads an epoch in the offset of the time shown', () => {
    expect(refineTime('2022-02-06T13:48+01:00', ['1644151686'])).toBe('2022-02-06T13:48:06+01:00');
  });
});

describe('toShownOffset', () => {
  it('re-expresses a UTC time in the wall time the page shows', () => {
    expect(toShownOffset('2022-02-06T12:48:06+00:00', '06/02/2022 - 13:48')).toBe(
      '2022-02-06T13:48:06+01:00',
    );
    expect(toShownOffset('2020-02-19T02:05Z', '10:05')).toBe('2020-02-19T10:05+08:00');
  });

  it('keeps the time when the shown one does not fit', () => {
    expect(toShownOffset('2022-02-06T12:48:06+00:00', '13:47')).toBe('2022-02-06T12:48:06+00:00');
    expect(toShownOffset('2022-02-06', '13:48')).toBe('2022-02-06');
  });
});

describe('labelledDate', () => {
  it('reads the time after a publication label, two-digit years included', () => {
    expect(labelledDate('发布日期：2019-09-23 14:34:05  所属分类：')?.iso).toBe('2019-09-23T14:34:05+08:00');
    expect(labelledDate('来源：当代商报 时间：2019-09-23 14:34:05 作者：')?.iso).toBe(
      '2019-09-23T14:34:05+08:00',
    );
    expect(labelledDate('体育教科书 发布时间：18-03-08 23:16')?.iso).toBe('2018-03-08T23:16+08:00');
    expect(labelledDate('发表于 2019-1-2')?.iso).toBe('2019-01-02');
  });

  it("reads a template's raw Unix time after the label, in milliseconds or seconds", () => {
    // 欧洲时报 prints its placeholder unformatted: 2023-11-09T09:35:38Z.
    expect(labelledDate('发布时间：1699522538778 作者：文耕编译')?.iso).toBe('2023-11-09T17:35:38+08:00');
    expect(labelledDate('发布时间： 1699522538')?.iso).toBe('2023-11-09T17:35:38+08:00');
    // Not a count, an id or a phone number: a number of other lengths, or out of the years news is.
    expect(labelledDate('发布时间：16995225387781')).toBeNull();
    expect(labelledDate('发布时间：0000000123')).toBeNull();
    expect(labelledDate('时间：9999999999999')).toBeNull();
  });

  it('is null after other labels, or without a year', () => {
    expect(labelledDate('活动时间：2019-09-23 14:34')).toBeNull();
    expect(labelledDate('截止日期：2019-09-23')).toBeNull();
    expect(labelledDate('发布时间：10-08')).toBeNull();
    expect(labelledDate('2019-09-23 14:34')).toBeNull();
  });
});

describe('isUpdateTime', () => {
  it('tells a date after an update label (更新時間：, 最后更新于) from the publication time', () => {
    const line = '更新時間：2024/05/20 15:47 發布時間：2024/05/20 09:47';
    const [update, publish] = findDates(line);
    expect(isUpdateTime(line, update!.index)).toBe(true);
    expect(isUpdateTime(line, publish!.index)).toBe(false);
    const after = '2024-05-20 09:47 最后更新于 2024-05-21 10:00';
    expect(findDates(after).map((d) => isUpdateTime(after, d.index))).toEqual([false, true]);
  });
});

describe('showsRelativeTime: a time the page shows against the moment it is seen', () => {
  it('says yes to 今日 15:23 and 3小时前, no to a word alone or a sentence', () => {
    expect(showsRelativeTime('今日 15:23')).toBe(true);
    expect(showsRelativeTime('发布时间：昨天 09:30')).toBe(true);
    expect(showsRelativeTime('3小时前')).toBe(true);
    expect(showsRelativeTime('今日信報')).toBe(false);
    expect(showsRelativeTime('今天')).toBe(false);
    expect(
      showsRelativeTime('他說今天 15:23 會到，但一直到晚上都沒有出現在會場，讓等待的記者們都很失望'),
    ).toBe(false);
  });
});

describe('seenRelativeDate: times a page shows against the moment it was seen', () => {
  const seen = Date.parse('2019-12-29T22:31:00+08:00');
  const at = (line: string, when = seen): string | undefined => seenRelativeDate(line, when)?.iso;

  it('a labelled month and day without a year is this year’s, or last year’s when still ahead', () => {
    expect(at('加拿大必读 发布时间：10-08 12:00 优质原创作者')).toBe('2019-10-08T12:00+08:00');
    expect(at('发布时间：12-30')).toBe('2019-12-30'); // a day of slack for clocks
    expect(at('发布时间：01-14 17:58', Date.parse('2020-02-29T21:12:16+08:00'))).toBe(
      '2020-01-14T17:58+08:00',
    );
    expect(at('发布时间：01-14 17:58')).toBe('2019-01-14T17:58+08:00');
    expect(at('发布时间：02-30')).toBeUndefined();
    // A full date is not this reading.
    expect(at('发布时间：2019-10-08')).toBeUndefined();
  });

  it('without a label, a month and day need the clock time after them (a range has none)', () => {
    expect(at('10-08 12:00')).toBe('2019-10-08T12:00+08:00');
    expect(at('新京报 10月8日 12:00')).toBe('2019-10-08T12:00+08:00');
    expect(at('10-08')).toBeUndefined();
    expect(at('第3-5名')).toBeUndefined();
    expect(at(`${'长'.repeat(40)} 10-08 12:00`)).toBeUndefined();
  });

  it('an English month and day with the clock, before or after each other (May 20 09:47)', () => {
    expect(at('Oct 8 12:00')).toBe('2019-10-08T12:00+08:00');
    expect(at('8 October, 12:00')).toBe('2019-10-08T12:00+08:00');
    expect(at('Dec 30 09:00')).toBe('2019-12-30T09:00+08:00'); // a day of slack for clocks
    expect(at('Mayor 20 12:00')).toBeUndefined();
    expect(at('Oct 8')).toBeUndefined();
  });

  it('a two-digit year with month, day and clock time (24-5-13 17:07), not after the moment seen', () => {
    expect(at('24-5-13 17:07', Date.parse('2026-01-01T08:00:00+08:00'))).toBe('2024-05-13T17:07+08:00');
    expect(at('19-12-29 17:07')).toBe('2019-12-29T17:07+08:00');
    expect(at('29-5-13 17:07')).toBeUndefined();
    expect(at('24-5-13')).toBeUndefined();
  });

  it('day words keep their clock time; hours and minutes ago give the day', () => {
    expect(at('爱否科技 昨天')).toBe('2019-12-28');
    expect(at('昨天 12:30')).toBe('2019-12-28T12:30+08:00');
    expect(at('前天')).toBe('2019-12-27');
    expect(at('今天 09:05')).toBe('2019-12-29T09:05+08:00');
    expect(at('3天前')).toBe('2019-12-26');
    // 23 hours before 22:31 on the 29th is still the 28th in UTC+8 (and the 29th in UTC).
    expect(at('发布于 23小时前')).toBe('2019-12-28');
    expect(at('刚刚')).toBe('2019-12-29');
    // Seen just after midnight in UTC+8 (still the day before in UTC): the UTC+8 day counts.
    expect(at('昨天', Date.parse('2020-01-01T00:10:00+08:00'))).toBe('2019-12-31');
  });

  it('a day word inside a sentence, or in a long line, is not a publication time', () => {
    expect(at('昨天，记者从市政府获悉')).toBeUndefined();
    expect(at('他说昨天下午三点到达')).toBeUndefined();
    expect(at(`${'长'.repeat(40)} 昨天`)).toBeUndefined();
  });
});

describe('a time shown without its date', () => {
  it('shownToday: the one day a short line shows with its weekday', () => {
    expect(shownToday(['首頁', '自由電子報 > 即時新聞總覽 > 社會 2013年6月29日‧星期六'])).toBe('2013-06-29');
    expect(shownToday(['今天是 2021-07-29 周四'])).toBe('2021-07-29');
    // Two different days, another number in the line, a long line or an impossible day: none.
    expect(shownToday(['2013年6月29日 星期六', '2013年6月28日 星期五'])).toBe('');
    expect(shownToday(['第3期 2013年6月29日 星期六'])).toBe('');
    expect(shownToday([`${'某'.repeat(40)}2013年6月29日 星期六`])).toBe('');
    expect(shownToday(['2013年2月30日 星期六'])).toBe('');
    expect(shownToday(['2013年6月29日'])).toBe('');
  });

  it('timeOnDay: a clock time closing the line, alone or in brackets', () => {
    expect(timeOnDay('又傳酒駕釀禍 少婦被撞陷昏迷 【17:52】', '2013-06-29')?.iso).toBe(
      '2013-06-29T17:52+08:00',
    );
    expect(timeOnDay('更新 09:05', '2013-06-29')?.iso).toBe('2013-06-29T09:05+08:00');
    expect(timeOnDay('比分 3:05 落后', '2013-06-29')).toBeNull();
    expect(timeOnDay('时长 25:30', '2013-06-29')).toBeNull();
    expect(timeOnDay('第12:30期', '2013-06-29')).toBeNull();
    // After a month and day it is that day's time, not today's.
    expect(timeOnDay('05-20 09:47', '2013-06-29')).toBeNull();
    // After any number: a date not read (May 20, 20240520) is no sign of today.
    expect(timeOnDay('May 20 09:47', '2013-06-29')).toBeNull();
    expect(timeOnDay('阅读 1234 09:47', '2013-06-29')).toBeNull();
    expect(timeOnDay('5月20日 09:47', '2013-06-29')).toBeNull();
  });
});
