import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLAUSE_END, SENTENCE_END } from '../../../lib/text/chars.ts';
import { findDates } from '../../../lib/text/dates.ts';
import { findEvents, nextWith } from '../../../lib/text/events.ts';
import { findSections, linesOf, markerOf } from '../../../lib/text/sections.ts';

const PUB = '2022-01-29T09:30:00+08:00';
const events = (text: string) => findEvents(text, findDates(text, PUB));

describe('markerOf', () => {
  it.each([
    ['【事件1】黨的十八大以來', '【事件1】'],
    ['【事件10】2021年10月28日', '【事件10】'],
    ['一、工會法修改', '一、'],
    ['十二、其他', '十二、'],
    ['（三）加強組織建設', '（三）'],
    ['3、多吃含維生素A的食物。', '3、'],
    ['2021年，全總成立領導小組', ''],
    ['一大批高素質技術技能人才', ''],
    ['【', ''],
    ['3. 工會規劃制發', '3.'],
    ['12．深入開展黨史學習教育', '12．'],
    ['事件二：產業工人隊伍建設改革', '事件二：'],
    ['要闻3：央行降准', '要闻3：'],
    ['1.5%的增長率', ''],
    ['2021.7.29 全總召開會議', ''],
    ['【编前语】2019年，本报推出系列报道', ''],
    ['【編者按】今年是建黨百年', ''],
    // A dispatch's credit marks no section either.
    ['【財訊快報／陳孟朔】摩根士丹利最新報告', ''],
    ['【聯合新聞網／綜合報導】前天在馬術賽場', ''],
    ['【明報專訊】政府昨日公布', ''],
    ['新闻：央行降准', ''],
  ])('%s → %s', (line, marker) => {
    expect(markerOf(line)).toBe(marker);
  });
});

describe('findSections', () => {
  it('takes the short line before a marked paragraph as its heading', () => {
    const text = '工會法修改\n【事件5】2021年12月24日，一則重磅新聞傳來。\n現行工會法於1992年公布施行。';
    expect(findSections(text).map((s) => [s.marker, s.heading])).toEqual([['【事件5】', '工會法修改']]);
  });
  it('takes the rest of a short marker line as its heading', () => {
    const text =
      '一、工會法修改\n2021年12月24日，會議完成修改。\n二、基層蹲點\n2021年5月11日，召開動員大會。';
    expect(findSections(text).map((s) => [s.marker, s.heading])).toEqual([
      ['一、', '工會法修改'],
      ['二、', '基層蹲點'],
    ]);
  });
  it('does not take a sentence as a heading', () => {
    const text = '這是上一段的最後一句話。\n【事件1】2021年7月29日，召開座談會。';
    expect(findSections(text)[0]?.heading).toBe('');
  });
});

describe('findEvents', () => {
  it.each([
    ['2016年，他来到贵州，开始了新的工作。', '2016年，他来到贵州'],
    ['1985年，美国联邦航空管理局开展了一项研究。', '1985年，美国联邦航空管理局开展了一项研究'],
    ['2015年1月24日起在高雄率先展出。', '2015年1月24日起在高雄率先展出'],
    ['北京时间5月20日，湖人以130-109战胜尼克斯。', '北京时间5月20日，湖人以130-109战胜尼克斯'],
  ])('arrivals, studies, shows and results are happenings: %s', (text, event) => {
    expect(events(text).map((e) => e.text)).toEqual([event]);
  });

  it('reports a clause with a date and a verb of happening', () => {
    const [e] = events('2021年5月11日，全國總工會召開機關幹部赴基層蹲點活動動員大會。');
    expect(e).toMatchObject({ date: '2021-05-11', dateEnd: null, precision: 'day', marker: '', heading: '' });
    expect(e?.text).toBe('2021年5月11日，全國總工會召開機關幹部赴基層蹲點活動動員大會');
  });

  it('splits a sentence with two dates into two events', () => {
    const text = '2021年12月24日，常委會會議完成對工會法的修改，自2022年1月1日起施行。';
    expect(events(text).map((e) => [e.date, e.text])).toEqual([
      ['2021-12-24', '2021年12月24日，常委會會議完成對工會法的修改'],
      ['2022-01-01', '自2022年1月1日起施行'],
    ]);
  });

  it('keeps the end of a date range', () => {
    const [e] = events('2021年10月14日至16日，第七屆大賽在四川成都舉行決賽。');
    expect([e?.date, e?.dateEnd]).toEqual(['2021-10-14', '2021-10-16']);
  });

  it('makes no event of a cut-off date or a date without a happening', () => {
    expect(events('截至2021年11月底，全國共組成蹲點工作組4488個。')).toEqual([]);
    expect(events('2021年1月至10月，全國新發展會員超過350萬人。')).toEqual([]);
  });

  it('gives a marked section’s first date to its event, with marker and heading', () => {
    const text = [
      '工會法修改',
      '【事件5】2021年12月24日，一則重磅新聞傳來：常委會會議完成修改，自2022年1月1日起施行。',
      '工匠精神閃耀賽場',
      '【事件8】2021年10月14日至16日，大賽在四川成都舉行決賽。大賽自2021年6月啟動。',
    ].join('\n');
    const found = events(text).map((e) => [e.marker, e.heading, e.date, e.dateEnd]);
    expect(found).toEqual([
      ['【事件5】', '工會法修改', '2021-12-24', null],
      ['', '', '2022-01-01', null],
      ['【事件8】', '工匠精神閃耀賽場', '2021-10-14', '2021-10-16'],
      ['', '', '2021-06', null],
    ]);
    for (const e of events(text)) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it('does not give the last section the day a notice is signed on, alone on its line', () => {
    const notice = (closing: string) =>
      events(
        [
          '一、决赛安排',
          '决赛地点：第7教研楼北106。',
          '二、联系方式',
          '电话18768402456。',
          ...closing.split('|'),
        ].join('\n'),
      ).map((e) => [e.marker, e.date]);
    expect(notice('教务处、经济学院|2026年3月26日')).toEqual([]);
    expect(notice('\u3000\u30002026年3月26日')).toEqual([]);
    // (A day that opens the section's line with its happening after it is the section's.)
    expect(notice('2026年3月26日，决赛在杭州举行。')).toEqual([['二、', '2026-03-26']]);
  });
});

describe('events: incidents and changes; spans since a date', () => {
  it('an incident, an office taken, a rate changed is a happening', () => {
    const on = (text: string) => events(text).map((e) => [e.date, e.text]);
    expect(on('當地時間19日晚，伊朗總統乘坐的直升機墜毀。')).toEqual([
      ['2022-01-19', '當地時間19日晚，伊朗總統乘坐的直升機墜毀'],
    ]);
    expect(on('2月2日中午，一幢廢棄的三層樓房突然倒塌。')).toEqual([
      ['2022-02-02', '2月2日中午，一幢廢棄的三層樓房突然倒塌'],
    ]);
    expect(on('2021年1月，珠海有軌電車停運。')).toEqual([['2021-01', '2021年1月，珠海有軌電車停運']]);
  });

  it('a market moved, a trading halt, a reply, an appointment is a happening', () => {
    const on = (text: string) => events(text).map((e) => e.text);
    expect(on('6月30日，股指大涨。')).toEqual(['6月30日，股指大涨']);
    // (Not one denied.)
    expect(on('这一标准自2005年也未上涨。')).toEqual([]);
    expect(on('6月2日，公司停牌。')).toEqual(['6月2日，公司停牌']);
    expect(on('证监会7月2日晚回应称将严查市场操纵。')).toEqual(['证监会7月2日晚回应称将严查市场操纵']);
    expect(on('6月1日，股东双方任命毕少朴为总裁。')).toEqual(['6月1日，股东双方任命毕少朴为总裁']);
  });

  it('a negation earlier in the verb’s clause reaches it (未針對…提出, 没有在…举行)', () => {
    const on = (text: string) => events(text).map((e) => e.text);
    expect(on('中央訂出2050年淨零排放的目標，但目前未針對減碳效益提出進度。')).toEqual([]);
    expect(on('2021年5月，会议没有在北京举行。')).toEqual([]);
    // (Not past its clause, and not 未来, 未免.)
    expect(on('2021年5月，因公司未能按时偿付，中电投发布公告。')).toEqual([
      '2021年5月，因公司未能按时偿付，中电投发布公告',
    ]);
    expect(on('2021年5月，未来科技公司在北京举行发布会。')).toEqual([
      '2021年5月，未来科技公司在北京举行发布会',
    ]);
  });

  it('a date after a verb of its clause, with none of its own there, is what was acted on', () => {
    const on = (text: string) => events(text).map((e) => [e.date, e.text]);
    expect(
      on('財政部今天下午將公佈今年1-2月期統一發票中獎清冊，財政部透露，本期千萬中獎張數為18張。'),
    ).toEqual([['2022-01-29', '財政部今天下午將公佈今年1-2月期統一發票中獎清冊']]);
    expect(on('苏州召开2021年度综合考核工作总结暨作风建设大会，表彰先进、鼓舞士气。')).toEqual([]);
    // (One with its own verb in its clause is its happening's day.)
    expect(on('公司宣布将于5月20日举行发布会。')).toEqual([['2022-05-20', '公司宣布将于5月20日举行发布会']]);
  });

  it('an event keeps the label that names what its day is the time of (决赛时间：…)', () => {
    const on = (text: string) => events(text).map((e) => e.text);
    expect(on('一、决赛安排\n决赛时间：2026年3月28日8:30-13:00。')).toEqual([
      '决赛时间：2026年3月28日8:30-13:00',
    ]);
    expect(on('2、初试时间：2004年3月底，我院寄发准考证时通知具体时间。')[0]).toBe(
      '初试时间：2004年3月底，我院寄发准考证时通知具体时间',
    );
    // (Not a dispatch's label: 大公文匯全媒體報道：)
    expect(on('大公文匯全媒體報道：2021年1月6日，警方舉行記者會。')).toEqual([
      '2021年1月6日，警方舉行記者會',
    ]);
  });

  it('a day a thing is compared with is no happening’s (較昨天, 比去年)', () => {
    expect(events('人潮較昨天銳減，但仍發生零星衝突。')).toEqual([]);
    expect(events('销量比去年同期增长，公司宣布扩产。')).toEqual([]);
    expect(events('昨天，公司宣布扩产。').map((e) => e.date)).toEqual(['2022-01-28']);
  });

  it('a dispatch’s day is not the day of what happened 日前 or 近日', () => {
    expect(events('人民网合肥11月8日电 （记者钱伟）安徽省司法厅日前出台《办法》。')).toEqual([]);
    expect(events('新华社北京10月25日电 近日，多个省份公布前三季度经济数据。')).toEqual([]);
    expect(events('新华社北京10月25日电 全国总工会25日召开会议。').map((e) => e.date)).toEqual([
      '2021-10-25',
    ]);
  });

  it('a day in a clause that supposes is no happening’s (如果…周五…购买)', () => {
    expect(events('如果一名投资者周五盘后购买股票，那么交易完成后将获得现金。')).toEqual([]);
    expect(events('一名投资者周五盘后完成交易。').map((e) => e.date)).toEqual(['2022-01-28']);
  });

  it('一开始, at first, is no happening: the clause reads on past it', () => {
    expect(events('2021年，这个系统一开始就很慢。')).toEqual([]);
    expect(events('2020年1月，公司一开始就宣布了计划。').map((e) => e.date)).toEqual(['2020-01']);
  });

  it('自…以來 and 今年以來 in the date’s own clause make no event', () => {
    expect(events('自2010年發展現代有軌電車以來，首個暫停運營的項目。')).toEqual([]);
    expect(events('今年以來，多部門接連發布一系列新舉措。')).toEqual([]);
    // 以來 after the clause of the date is not the date's.
    expect(events('2021年元宵節，故宮迎來了建院94年以來的首次燈會，燈會開始前舉行儀式。')).toHaveLength(1);
  });
});

describe("events: a dispatch's credit before the date", () => {
  it('is not part of the event', () => {
    expect(
      events('北京商報訊（記者 岳品瑜 董晗萱）1月20日，中國人民銀行公布報價。').map((e) => e.text),
    ).toEqual(['1月20日，中國人民銀行公布報價']);
    expect(events('本報訊（記者王小明）昨天，新館正式開放。').map((e) => e.text)).toEqual([
      '昨天，新館正式開放',
    ]);
    // A dateline without a credit (新华社北京5月2日电, then a space) is no part of it either.
    expect(events('新华社北京5月2日电　2021年5月1日，新修订的细则正式施行。').map((e) => e.text)).toEqual([
      '2021年5月1日，新修订的细则正式施行',
    ]);
    // A bracketed credit that opens the clause, holding the day or not, is no part of it either.
    expect(events('（中央社記者邱俊欽桃園19日電）桃園市一處工廠今天發生大火。').map((e) => e.text)).toEqual([
      '桃園市一處工廠今天發生大火',
    ]);
    expect(events('〔即時新聞／綜合報導〕2008年，台北市萬華區發生父親殺子案。').map((e) => e.text)).toEqual([
      '2008年，台北市萬華區發生父親殺子案',
    ]);
    expect(events('【明報專訊】深水埗福榮街周六（15日）發生天降鈔票事件。').map((e) => e.text)).toEqual([
      '深水埗福榮街周六（15日）發生天降鈔票事件',
    ]);
    // A short credit right against the date (four characters or fewer) too, when an outlet's
    // last character comes before its 讯 or 电.
    expect(events('新京报讯5月20日，北京市发布新规。').map((e) => e.text)).toEqual([
      '5月20日，北京市发布新规',
    ]);
    expect(events('本報訊 5月20日，台北市發布新規。').map((e) => e.text)).toEqual([
      '5月20日，台北市發布新規',
    ]);
    // A dispatch's credit and reporters opening the clause, the date further on.
    expect(events('新京报讯 （赵毅波）中投公司7月3日发布年度报告。').map((e) => e.text)).toEqual([
      '中投公司7月3日发布年度报告',
    ]);
    // A quote's close left by the sentence before is no part of the next event.
    expect(events('他说：“这是大事。”7月2日，华夏人寿发表声明。').map((e) => e.text)).toEqual([
      '7月2日，华夏人寿发表声明',
    ]);
    // Words before the date that are no credit stay (家电 ends in 电, 快讯 in 讯: no outlet).
    expect(events('據悉，全市1月20日召開大會。').map((e) => e.text)).toEqual(['全市1月20日召開大會']);
    expect(events('家电5月20日起降价，商场发布新规。').map((e) => e.text)).toEqual([
      '家电5月20日起降价，商场发布新规',
    ]);
  });
});

describe('events: a table’s row, its cells joined by " | "', () => {
  it('is the event of its day when the day fills a cell after what happened', () => {
    const text =
      '部分活动：\n全国总工会在北京召开推进会 | 2021年7月29日\n成立工作专班 | 2021年9月3日\n待定事项 | 2021年11月12日';
    expect(events(text).map((e) => [e.date, e.text])).toEqual([
      ['2021-07-29', '全国总工会在北京召开推进会 | 2021年7月29日'],
      ['2021-09-03', '成立工作专班 | 2021年9月3日'],
    ]);
  });

  it('is no event where what happened is denied, or the day shares its cell', () => {
    expect(events('会议未召开 | 2021年7月29日')).toEqual([]);
    expect(events('会议召开 | 截至2021年7月29日')).toEqual([]);
    expect(events('序号 | 时间 | 事件')).toEqual([]);
  });

  it('reads at most a row’s length around each day: a line of cells with no end is no row', () => {
    // (Each day there gives the cell after it, as any date does its clause; none the whole line.)
    const found = events('会议召开 | 2021年7月29日 | '.repeat(40));
    expect(found).toHaveLength(39);
    expect(found.every((e) => e.text === '2021年7月29日 | 会议召开')).toBe(true);
  });
});

describe('nextWith', () => {
  // Where the next clause or sentence end is, asked from offsets in any order (findEvents asks in
  // increasing order, where each character is read once): the same as reading on from each.
  const naive = (text: string, i: number) => {
    let j = i;
    while (j < text.length && !'，。：'.includes(text[j] as string)) j++;
    return j;
  };
  it('answers as a scan from each offset would, whatever the order of the questions', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('，', '。', '：', '字', 'a'), maxLength: 60 }),
        fc.array(fc.nat(70), { maxLength: 20 }),
        fc.boolean(),
        (text, offsets, sorted) => {
          const next = nextWith(text, CLAUSE_END | SENTENCE_END);
          const within = offsets.map((i) => i % (text.length + 1));
          const asked = sorted ? within.sort((a, b) => a - b) : within;
          return asked.every((i) => next(i) === naive(text, i));
        },
      ),
    );
  });
});

describe('linesOf', () => {
  it('gives each line between line breaks, trimmed of spaces, with its offsets (blank lines left out)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('\n', ' ', '\u3000', '\r', '字', 'a') }), (text) => {
        const expected: { start: number; end: number; text: string }[] = [];
        let at = 0;
        for (const line of text.split('\n')) {
          const lead = /^[ \t\r\u3000\u00a0]*/.exec(line)?.[0].length ?? 0;
          const kept = line.slice(lead).replace(/[ \t\r\u3000\u00a0]+$/, '');
          if (kept) expected.push({ start: at + lead, end: at + lead + kept.length, text: kept });
          at += line.length + 1;
        }
        return JSON.stringify(linesOf(text)) === JSON.stringify(expected);
      }),
    );
  });
});

describe('events: narrative happenings, statements, and what is no happening', () => {
  const on = (text: string) => events(text).map((e) => [e.date, e.text]);

  it.each([
    ['行政院長江宜樺昨（22）日晚間前往立法院。', '行政院長江宜樺昨（22）日晚間前往立法院'],
    ['學生於18日晚間占領立法院議場。', '學生於18日晚間占領立法院議場'],
    ['本月10日，第一批物资运抵灾区。', '本月10日，第一批物资运抵灾区'],
    ['2004年末，孙启勤被查出患上了中期直肠癌。', '2004年末，孙启勤被查出患上了中期直肠癌'],
    ['去年10月，颱風造成全台逾20萬戶停電。', '去年10月，颱風造成全台逾20萬戶停電'],
    ['今年5月，广汽和现代最终确定基础协议框架。', '今年5月，广汽和现代最终确定基础协议框架'],
    ['1997年3月，考进韩世大学作曲学系。', '1997年3月，考进韩世大学作曲学系'],
  ])('going, taking, finding, causing, deciding: %s', (text, event) => {
    expect(on(text).map(([, t]) => t)).toEqual([event]);
  });

  it.each([
    ['3月8日，南昌工商局“暂扣”了12支涉案产品。', '3月8日，南昌工商局“暂扣”了12支涉案产品'],
    ['雲縣府2020年引進這套系統。', '雲縣府2020年引進這套系統'],
    ['自從2011年進入NBA之後，他從未戰勝過詹姆斯。', '自從2011年進入NBA之後'],
    ['汉能承诺将在10月底补发5月份工资。', '汉能承诺将在10月底补发5月份工资'],
    ['去年因行為良好提早獲釋。', '去年因行為良好提早獲釋'],
  ])('seizing, bringing in, entering, paying, release: %s', (text, event) => {
    expect(on(text).map(([, t]) => t)).toEqual([event]);
  });

  it('telling and disclosing run on as statements do', () => {
    expect(on('早在2015年8月，就有业内人士向澎湃新闻透露，汉能急于出售电站项目。')).toEqual([
      ['2015-08', '早在2015年8月，就有业内人士向澎湃新闻透露，汉能急于出售电站项目'],
    ]);
  });

  it('a statement runs on to the end of what was said', () => {
    expect(on('總統府今（23）日表示，馬英九總統一向很願意與各種公民團體對話。')).toEqual([
      ['2022-01-23', '總統府今（23）日表示，馬英九總統一向很願意與各種公民團體對話'],
    ]);
  });

  it('a saying after a 的 is not dated by the date of who says it', () => {
    expect(on('一位今年5月20日入职汉能研发中心的前员工对澎湃新闻表示，自己被辞退。')).toEqual([
      ['2022-05-20', '一位今年5月20日入职汉能研发中心的前员工对澎湃新闻表示'],
    ]);
    expect(on('一位今年5月20日来过的网友对记者表示，自己很满意。')).toEqual([]);
    expect(on('10月9日至11日，被拖欠薪资的数百名员工齐聚总部讨薪。').map(([d]) => d)).toEqual(['2021-10-09']);
  });

  it('确定 is no happening when it says how sure one is', () => {
    expect(on('林宜正昨晚也說，雙方確實有互動，但一切都還不是很確定。')).toEqual([]);
  });

  it('开始 right after a date opens a span, unless the date is when it began', () => {
    expect(on('8月开始社保也断了。')).toEqual([]);
    expect(on('从1999年开始，他每年都举办演唱会。')).toEqual([['1999', '从1999年开始，他每年都举办演唱会']]);
    expect(on('比赛于3月5日开始。').map(([d]) => d)).toEqual(['2022-03-05']);
  });

  it('a clause naming who reports it does not count against the reach', () => {
    expect(
      on('北京时间2月6日，据《洛杉矶时报》记者报道，由于鹈鹕队要价过高，湖人队已经退出了交易讨论。').map(
        ([d]) => d,
      ),
    ).toEqual(['2022-02-06']);
    // (Without it, a fourth clause is out of reach.)
    expect(on('2月6日，消息传来，由于鹈鹕队要价过高，各方议论纷纷，湖人队已经退出了交易讨论。')).toEqual([]);
  });

  it('a date that is acted on, or inside a title, is no time of a happening', () => {
    expect(on('2021年被确定为“产业工人队伍建设改革提升年”。')).toEqual([]);
    expect(on('宋大我宣读了《关于表彰2017年度获奖集体和个人的决定》，领导颁发了荣誉证书。')).toEqual([]);
    expect(on('2008年10月，他成为了综艺节目《家族的诞生》的固定成员。')).toEqual([]);
    // (But a date after 于 before 被 is when it was done.)
    expect(on('他于2012年被授予“禁烟大使”称号，并出席了颁奖仪式。').map(([d]) => d)).toEqual(['2012']);
  });
});
