import { describe, expect, it } from 'vitest';
import { findDates } from '../../../lib/text/dates.ts';

const PUB = '2022-01-29T09:30:00+08:00'; // a Saturday

function dates(text: string, published: string | null = PUB): string[] {
  return findDates(text, published).map(
    (d) => `${d.text} ${d.date}${d.until ? '~' + d.until : ''} ${d.precision}${d.cutoff ? ' cutoff' : ''}`,
  );
}

describe('findDates', () => {
  it.each([
    ['2021年7月29日，全國總工會在北京召開座談會', '2021年7月29日 2021-07-29 day'],
    ['會議定於2021-07-29召開', '2021-07-29 2021-07-29 day'],
    ['報名截止日期為2021/7/29。', '2021/7/29 2021-07-29 day'],
    ['二〇二一年七月二十九日', '二〇二一年七月二十九日 2021-07-29 day'],
    ['大賽自2021年6月啟動', '2021年6月 2021-06 month'],
    ['2021年被確定為提升年', '2021年 2021 year'],
    ['2021年10月14日至16日舉行決賽', '2021年10月14日至16日 2021-10-14~2021-10-16 day'],
    ['2021年1月至10月', '2021年1月至10月 2021-01~2021-10 month'],
    ['《勞動和技能競賽規劃（2021-2025年）》', '2021-2025年 2021~2025 year'],
    // Two years that share one 年: the span of the two (not the second alone).
    ['早在2005、2006年，大连港就曾提出', '2005、2006年 2005~2006 year'],
    ['对比2013和2014年年报', '2013和2014年 2013~2014 year'],
    ['2022-01-29 09:30:00 來源：工人日報', '2022-01-29 09:30:00 2022-01-29T09:30 minute'],
    ['2019年3月29-31日 首爾站', '2019年3月29-31日 2019-03-29~2019-03-31 day'],
    ['2020年12月31日至2021年1月3日', '2020年12月31日至2021年1月3日 2020-12-31~2021-01-03 day'],
    ['11月12日至22年2月2日播出', '11月12日至22年2月2日 2021-11-12~2022-02-02 day'],
    // Cut-offs date a statistic.
    ['截至2021年11月底，共組成工作組4488個', '2021年11月底 2021-11 month cutoff'],
    ['截止2021年12月31日，累計投資120億元', '2021年12月31日 2021-12-31 day cutoff'],
    // Relative to the published date.
    ['今天上午', '今天 2022-01-29 day'],
    ['昨天下午三點', '昨天 2022-01-28 day'],
    ['前天', '前天 2022-01-27 day'],
    // (With a part of the day: last night, this morning.)
    ['颱風昨晚登陸花蓮', '昨晚 2022-01-28 day'],
    ['今晨六時起實施', '今晨 2022-01-29 day'],
    ['前晚', '前晚 2022-01-27 day'],
    ['本月10日', '本月10日 2022-01-10 day'],
    ['上月', '上月 2021-12 month'],
    ['去年', '去年 2021 year'],
    ['今年5月', '今年5月 2022-05 month'],
    ['3天前', '3天前 2022-01-26 day'],
    ['兩年前', '兩年前 2020 year'],
    ['上週五', '上週五 2022-01-21 day'],
    ['本週三', '本週三 2022-01-26 day'],
    ['下周一', '下周一 2022-01-31 day'],
    // A weekday alone: the last one on or before the published day, the next when it is to come.
    ['港府周三公布最新失業率', '周三 2022-01-26 day'],
    ['莫斯科星期六指責烏克蘭', '星期六 2022-01-29 day'],
    ['會議將於週五舉行', '週五 2022-02-04 day'],
    ['市府定於週三公布新制', '週三 2022-02-02 day'],
    ['他打算星期一出發', '星期一 2022-01-31 day'],
    ['雙方計劃週日簽約', '週日 2022-01-30 day'],
    // (A 將 after the weekday is 把 as often as not: a day gone by.)
    ['警方週三將疑犯拘捕', '週三 2022-01-26 day'],
    // (How a thing looks now is no day: 即使在今天看來.)
    ['即使在今天看來，這個願景還是很好的'],
    // (Nor the age one lives in, 在…的今天; 4年後的今天 is a day.)
    ['在科技飛速發展的今天，我們更要學習'],
    ['然而4年後的今天，他身患癌症', '今天 2022-01-29 day'],
    // (The weekday of a date before it adds no date.)
    ['2022年1月25日（星期二）', '2022年1月25日 2022-01-25 day'],
    ['總統府今（23）日表示', '今（23）日 2022-01-23 day'],
    ['民國110年5月3日，行政院召開記者會', '110年5月3日 2021-05-03 day'],
    ['（2004年12月11－12日，南開大學）', '2004年12月11－12日 2004-12-11~2004-12-12 day'],
    // A quarter or half of the year: its months.
    ['2024年一季度，GDP增長5.3%', '2024年一季度 2024-01~2024-03 month'],
    ['2024年第二季度財報', '2024年第二季度 2024-04~2024-06 month'],
    ['今年前三季度', '今年前三季度 2022-01~2022-09 month'],
    ['2023年上半年', '2023年上半年 2023-01~2023-06 month'],
    ['去年下半年', '去年下半年 2021-07~2021-12 month'],
    ['2024年Q3', '2024年Q3 2024-07~2024-09 month'],
    ['2024年QQ用戶', '2024年 2024 year'],
    ['2024年第三屆', '2024年 2024 year'],
    // A holiday after the year: its day that year (the lunar ones from Intl's Chinese calendar).
    ['2023年中秋節，他回到家鄉', '2023年中秋節 2023-09-29 day'],
    ['2020年端午节', '2020年端午节 2020-06-25 day'],
    ['2024年春节期间', '2024年春节 2024-02-10 day'],
    ['2024年除夕', '2024年除夕 2024-02-09 day'],
    ['今年国庆节期间', '今年国庆节 2022-10-01 day'],
    ['去年聖誕節', '去年聖誕節 2021-12-25 day'],
    ['2021年七一，慶祝大會在北京舉行', '2021年七一 2021-07-01 day'],
    ['2022年年中', '2022年 2022 year'],
  ])('%s', (text, ...expected) => {
    expect(dates(text)).toEqual(expected);
  });

  describe('cases chrono-node gets wrong (toolchain notes)', () => {
    it('今年5月 has month precision, no day filled in', () => {
      expect(dates('今年5月')).toEqual(['今年5月 2022-05 month']);
    });
    it('11月8日至11日 keeps the end of the range', () => {
      expect(dates('11月8日至11日')).toEqual(['11月8日至11日 2021-11-08~2021-11-11 day']);
    });
    it('3天前 in running text', () => {
      expect(dates('據報道，3天前當地發生地震')).toEqual(['3天前 2022-01-26 day']);
    });
    it('二〇二一年 in Traditional text is 2021, not 21', () => {
      expect(dates('二〇二一年，工會工作十大事件')).toEqual(['二〇二一年 2021 year']);
    });
    it('a string starting with 十一月十日 is November 10', () => {
      expect(dates('十一月十日，市政府召開記者會')).toEqual(['十一月十日 2021-11-10 day']);
    });
  });

  it('a day or month without a year takes the year from earlier in the paragraph', () => {
    expect(dates('2021年，工會有了新突破——9月29日，全總智庫正式成立')).toEqual([
      '2021年 2021 year',
      '9月29日 2021-09-29 day',
    ]);
    // …but not from an earlier paragraph: then the published date decides.
    expect(dates('2019年，某事。\n3月5日，會議開幕')).toEqual(['2019年 2019 year', '3月5日 2022-03-05 day']);
  });

  it('同年, 次日, 當天 and 同日 point back to the paragraph’s last date', () => {
    expect(dates('2008年5月23日結束公益役，同年10月24日推出專輯。次日，他召開記者會。')).toEqual([
      '2008年5月23日 2008-05-23 day',
      '同年10月24日 2008-10-24 day',
      '次日 2008-10-25 day',
    ]);
    expect(dates('2月7日，蘇州召開大會。同一日，鹽城召開推進會；當天下午，無錫召開動員會。')).toEqual([
      '2月7日 2022-02-07 day',
      '同一日 2022-02-07 day',
      '當天 2022-02-07 day',
    ]);
    expect(dates('次日，他離開了。')).toEqual([]);
    expect(dates('2月7日，不同日期的報名表。')).toEqual(['2月7日 2022-02-07 day']);
  });

  it('这年 and 當年 take the paragraph’s year, and with none there give no date', () => {
    expect(dates('1860年，英法联军攻入北京。这年10月，咸丰皇帝逃出紫禁城')).toEqual([
      '1860年 1860 year',
      '10月 1860-10 month',
    ]);
    expect(dates('这年10月，咸丰皇帝逃出紫禁城')).toEqual([]);
    expect(dates('當年12月，他離開了台灣')).toEqual([]);
  });

  it('a day alone takes the month and year of the last month said, not a year said alone after it', () => {
    // (明年 names the forecast's year: the 12日 after it is still this December's.)
    expect(
      dates('12月10日下調明年原油需求預期後，國際能源署12日下調了預期', '2014-12-13T08:00:00+08:00'),
    ).toEqual(['12月10日 2014-12-10 day', '明年 2015 year', '12日 2014-12-12 day']);
    expect(dates('2020年5月3日開幕，2021年展期結束，8日閉幕')).toEqual([
      '2020年5月3日 2020-05-03 day',
      '2021年 2021 year',
      '8日 2020-05-08 day',
    ]);
  });

  it('a contract’s month is no date (3月期貨, 12月份合约)', () => {
    expect(dates('阿拉比卡咖啡豆3月期貨下跌1.2%，12月份合约也跌；3月5日交易所休市')).toEqual([
      '3月5日 2022-03-05 day',
    ]);
  });

  it('a month well after the published date is last year’s', () => {
    expect(dates('12月24日，會議閉幕')).toEqual(['12月24日 2021-12-24 day']);
    expect(dates('3月5日，會議開幕')).toEqual(['3月5日 2022-03-05 day']);
  });

  it('without a published date, only dates that carry their year', () => {
    expect(dates('2021年7月29日\n9月1日；昨天', null)).toEqual(['2021年7月29日 2021-07-29 day']);
  });

  it.each([
    ['經過各級工會5年的努力'],
    ['7個月後，全國總工會印發通知'],
    ['他第一次參加比賽就獲得了第3名'],
    ['請撥打熱線電話12345咨詢'],
    ['20世紀90年代初；1980年代以來'],
    ['《光明日報》的記者'],
    ['读懂今天的中国，必须读懂中国共产党'],
    ['这是一场大战的前夜'],
    ['每周三下午开放'],
    ['周一至周五 9:00-17:00'],
    ['法国星期天报说'],
    ['周年庆典'],
    ['捷運5號線將於年底通車'],
    ['歷時2000年的古城，晚1000年才重見天日'],
    ['全總組織專門力量歷時3年多編寫完成'],
  ])('not a date: %s', (text) => {
    expect(dates(text)).toEqual([]);
  });

  it('rejects impossible days', () => {
    expect(dates('2021年2月30日')).toEqual([]);
    // An impossible month leaves its day unread (no 5日 of the published month).
    expect(dates('2021年13月5日')).toEqual(['2021年 2021 year']);
  });

  it('a range that runs into the next year ends in it, and the paragraph goes on from there', () => {
    expect(dates('12月30日至1月2日舉辦，1月5日閉幕')).toEqual([
      '12月30日至1月2日 2021-12-30~2022-01-02 day',
      '1月5日 2022-01-05 day',
    ]);
    expect(dates('2021年12月30日至1月2日')).toEqual(['2021年12月30日至1月2日 2021-12-30~2022-01-02 day']);
  });

  it('three-digit years before a month are Minguo years (Taiwan writes 110年 for 民國110年)', () => {
    expect(dates('本案於110年7月1日起實施，111年1月檢討')).toEqual([
      '110年7月1日 2021-07-01 day',
      '111年1月 2022-01 month',
    ]);
    // A three-digit number of years is no date.
    expect(dates('這座廟已有120年歷史')).toEqual([]);
  });

  it('2021.7.29, 第三季 without 度, and weeks ago', () => {
    expect(dates('會議於2021.7.29召開')).toEqual(['2021.7.29 2021-07-29 day']);
    expect(dates('2021年第三季營收')).toEqual(['2021年第三季 2021-07~2021-09 month']);
    expect(dates('兩週前發生')).toEqual(['兩週前 2022-01-15 day']);
  });

  it('大前天 and 大後天 are three days off; 前年 not inside 以前, 目前 …', () => {
    expect(dates('大前天')).toEqual(['大前天 2022-01-26 day']);
    expect(dates('大後天')).toEqual(['大後天 2022-02-01 day']);
    expect(dates('以前年度的預算')).toEqual([]);
    expect(dates('前年7月')).toEqual(['前年7月 2020-07 month']);
  });
});
