import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forgetParsedLines, parseBylineLine } from '../../../lib/extract/byline';
import { KEY_RE, KEY_WORD } from '../../../lib/extract/byline-keys';
import { PHOTO_CREDIT, PHOTO_KEY } from '../../../lib/extract/photo-credits';
import { parseOutletNameLine } from '../../../lib/extract/unkeyed-credits';
import { outletFromSiteName } from '../../../lib/extract/site-names';

describe('parseBylineLine', () => {
  it('reads several reporters after 本報記者', () => {
    expect(parseBylineLine('本報記者 鄭莉 郝赫 朱欣')).toEqual({ authors: ['鄭莉', '郝赫', '朱欣'] });
    expect(parseBylineLine('光明日报记者 王建宏 张文攀').authors).toEqual(['王建宏', '张文攀']);
  });

  it('reads a further reporter after a titled role (实习记者, 见习记者, 首席记者, 本报通讯员)', () => {
    expect(parseBylineLine('红星新闻记者 王小明 实习记者 李四 北京报道').authors).toEqual(['王小明', '李四']);
    expect(parseBylineLine('本报记者 王小明 见习记者 李四').authors).toEqual(['王小明', '李四']);
    expect(parseBylineLine('记者王小明 首席记者李四').authors).toEqual(['王小明', '李四']);
    expect(parseBylineLine('本报记者 王小明 本报通讯员 李四').authors).toEqual(['王小明', '李四']);
    expect(parseBylineLine('本報記者王小明 本報實習生李四').authors).toEqual(['王小明', '李四']);
  });

  it('reads a further reporter after a titled role with a colon (记者：王小明 通讯员：李四)', () => {
    expect(parseBylineLine('记者：王小明 通讯员：李四').authors).toEqual(['王小明', '李四']);
    expect(parseBylineLine('本报记者：王小明 本报通讯员：李四 赵五').authors).toEqual([
      '王小明',
      '李四',
      '赵五',
    ]);
    expect(parseBylineLine('作者：王小明　实习生：李四').authors).toEqual(['王小明', '李四']);
    // (Not an editor's or a photographer's name: 编辑 and 摄影 are no reporter's roles.)
    expect(parseBylineLine('记者：王小明 编辑：李四')).toEqual({ authors: ['王小明'], editor: '李四' });
    expect(parseBylineLine('记者：王小明 摄影：李四').authors).toEqual(['王小明']);
  });

  it('reads an outlet whose name ends in + before 记者 (南方+记者)', () => {
    expect(parseBylineLine('南方+记者 王小明').authors).toEqual(['王小明']);
    expect(parseBylineLine('南方+记者 王小明 通讯员 李四').authors).toEqual(['王小明', '李四']);
  });

  it('reads an outlet, a slash, then the reporter (聯合報／記者王小明／台北報導, 中天新聞網／王小明 報導)', () => {
    expect(parseBylineLine('聯合報／記者王小明／台北即時報導')).toEqual({
      authors: ['王小明'],
      reporterOutlet: '聯合報',
    });
    expect(parseBylineLine('中天新聞網／王小明 報導')).toEqual({
      authors: ['王小明'],
      reporterOutlet: '中天新聞網',
    });
    expect(parseBylineLine('地方中心／王小明報導').reporterOutlet).toBeUndefined();
    // A translator first (編譯): the outlet before the role is the same.
    expect(parseBylineLine('聯合報／編譯王大明、記者謝小真／綜合報導')).toEqual({
      authors: ['王大明', '謝小真'],
      reporterOutlet: '聯合報',
    });
    expect(parseBylineLine('中天新聞網／桃園報導').authors).toBeUndefined();
    expect(parseBylineLine('圖／記者王小明').authors).toBeUndefined();
  });

  it('takes no web address and no section for a name (三立新聞網 setn.com, 新华社 国际)', () => {
    expect(parseOutletNameLine('三立新聞網 setn.com').authors ?? []).toEqual([]);
    expect(parseOutletNameLine('新华社 国际').authors ?? []).toEqual([]);
    expect(parseOutletNameLine('新华社／国际').authors ?? []).toEqual([]);
  });

  it('reads an outlet and a name after a slash (鏡週刊／王小明)', () => {
    expect(parseOutletNameLine('鏡週刊／王小明')).toEqual({ source: '鏡週刊', authors: ['王小明'] });
  });

  it('reads a key after a tag in brackets, and a name before what the author is', () => {
    expect(parseBylineLine('【獨家】記者王小明／調查報導').authors).toEqual(['王小明']);
    expect(parseBylineLine('文／王小明（作者為台大教授）').authors).toEqual(['王小明']);
    expect(parseBylineLine('作者：王小明（中国人民大学教授）').authors).toEqual(['王小明']);
    // (Not a caption's place mark, nor a counter after the name.)
    expect(parseBylineLine('记者王小明（左）在现场采访').authors).toBeUndefined();
    expect(parseBylineLine('作者:zboygirl 阅读(1660) 评论(5)').authors).toEqual(['zboygirl']);
  });

  it('reads 报道： as a byline key, as Singapore and Malaysia print it (报道：王小明, 报道/摄影：王小明)', () => {
    expect(parseBylineLine('报道：王小明 摄影：李四').authors).toEqual(['王小明']);
    expect(parseBylineLine('报道/摄影：王小明').authors).toEqual(['王小明']);
    expect(parseBylineLine('報導：王小明').authors).toEqual(['王小明']);
    expect(parseBylineLine('据报道：王小明').authors).toBeUndefined();
  });

  it("reads 報道, as Hong Kong writes 報導, and the reporter after an outlet's dispatch", () => {
    expect(parseBylineLine('【大公報訊】記者王小明、李四報道：香港特區政府今日宣布')).toEqual({
      source: '大公報',
      authors: ['王小明', '李四'],
    });
    expect(parseBylineLine('（綜合報道）').authors).toBeUndefined();
    expect(parseBylineLine('【明報專訊】記者昨日獲悉').authors).toBeUndefined();
  });

  it("reads an outlet's dated dispatch (【大紀元2024年05月20日訊】)", () => {
    expect(parseBylineLine('【大紀元2024年05月20日訊】')).toEqual({ source: '大紀元' });
  });

  it('reads bracketed bylines with outlet, desk and place', () => {
    expect(parseBylineLine('【聯合晚報╱記者邱瓊平/台北報導】')).toEqual({
      source: '聯合晚報',
      authors: ['邱瓊平'],
    });
    expect(parseBylineLine('〔記者施曉光、吳亮儀、陳慧萍／台北報導〕市面上出現').authors).toEqual([
      '施曉光',
      '吳亮儀',
      '陳慧萍',
    ]);
    expect(parseBylineLine('【王家俊／台北報導】配合行政院組織改造').authors).toEqual(['王家俊']);
    expect(parseBylineLine('記者王文萱∕台北報導').authors).toEqual(['王文萱']);
  });

  it('reads wire services and 本報訊', () => {
    expect(parseBylineLine('（中央社記者姜遠珍仁川富平29日專電）南韓').source).toBe('中央社');
    expect(parseBylineLine('（中央社）行政院今天').source).toBe('中央社');
    expect(parseBylineLine('〔本報訊〕紐約知名的薩克斯百貨公司').ownPaper).toBe(true);
    // (The paper's dated dispatch: 本报北京8月28日电; 据新华社报道 names 新华社.)
    expect(parseBylineLine('本报北京8月28日电（记者 张三）8月28日，').ownPaper).toBe(true);
    expect(parseBylineLine('本報台北28日電').ownPaper).toBe(true);
    expect(parseBylineLine('据新华社报道').source).toBe('新华社');
    expect(parseBylineLine('本报记者在北京看到').ownPaper).toBeUndefined();
  });

  it('an office credited as the writer under the source label is the source; a person there the writer', () => {
    expect(parseBylineLine('来源：文/老校区综合管理办公室 图/图片与视频中心 编辑：刘璇')).toEqual({
      source: '老校区综合管理办公室',
      editor: '刘璇',
    });
    expect(parseBylineLine('来源：文/餐饮管理部 图/图片与视频中心').source).toBe('餐饮管理部');
    expect(parseBylineLine('来源：文/张会 图/李四')).toEqual({ authors: ['张会'] });
  });

  it('a contributing office (供稿：) is the source', () => {
    expect(parseBylineLine('供稿：经济学院 摄影：李四').source).toBe('经济学院');
    expect(parseBylineLine('供稿单位：团委').source).toBe('团委');
  });

  it('offices or outlets listed with commas after the source label are the source, all of them', () => {
    expect(parseBylineLine('来源：离休办，退休办，党政办 点击量：830').source).toBe('离休办，退休办，党政办');
    expect(parseBylineLine('来源：新华社，人民日报').source).toBe('新华社，人民日报');
    // (Not a writer, a date or a label after the comma: the source is the first.)
    expect(parseBylineLine('来源：宣传部，张三').source).toBe('宣传部');
    expect(parseBylineLine('来源：新华社，记者张三').source).toBe('新华社');
    expect(parseBylineLine('来源：央视新闻，2019年1月1日').source).toBe('央视新闻');
    expect(parseBylineLine('来源：中国新闻网，作者：李四')).toEqual({
      source: '中国新闻网',
      authors: ['李四'],
    });
  });

  it('reads the source and the editor, and keeps the editor out of the authors', () => {
    expect(parseBylineLine('來源:工人日報 字號 大 中 小').source).toBe('工人日報');
    expect(parseBylineLine('来源：[ 人民网 ]').source).toBe('人民网');
    // A time before the bracketed dispatch (before: no source).
    expect(parseBylineLine('2024-05-20 09:47 【文匯報訊】記者王小明')).toEqual({
      source: '文匯報',
      authors: ['王小明'],
    });
    // A paper's title inside the name keeps its close (before: 光明网-《光明日报).
    expect(parseBylineLine('来源：光明网-《光明日报》 2024-05-20').source).toBe('光明网-《光明日报》');
    expect(parseBylineLine('来源：《人民日报》').source).toBe('人民日报');
    expect(parseBylineLine('[責任編輯:楊永青]')).toEqual({ editor: '楊永青', responsible: true });
    expect(parseBylineLine('（ 责任编辑：魏喆 ）').authors).toBeUndefined();
  });

  it('reads 转自： as the source, a Weibo account by its name, several outlets without 等', () => {
    expect(parseBylineLine('转自：中国青年报').source).toBe('中国青年报');
    expect(parseBylineLine('轉載自：聯合新聞網').source).toBe('聯合新聞網');
    expect(parseBylineLine('来源：@人民日报').source).toBe('人民日报');
    expect(parseBylineLine('数据转自：国家统计局').source).toBeUndefined();
    expect(parseBylineLine('来源：人民日报、新华社、央视新闻等').source).toBe('人民日报、新华社、央视新闻');
    expect(parseBylineLine('来源：新华社等').source).toBe('新华社');
    expect(parseBylineLine('来源：平等').source).toBe('平等');
  });

  it('reads a source after a bar, and a WeChat account by its name', () => {
    expect(parseBylineLine('来源 | 每日经济新闻').source).toBe('每日经济新闻');
    expect(parseBylineLine('来源丨每日经济新闻（ID：nbdnews）').source).toBe('每日经济新闻');
    expect(parseBylineLine('文 | 王小明 来源 | 每日经济新闻')).toEqual({
      authors: ['王小明'],
      source: '每日经济新闻',
    });
    expect(parseBylineLine('本文转载自微信公众号“财经早餐”').source).toBe('财经早餐');
    expect(parseBylineLine('来源：公众号「侠客岛」').source).toBe('侠客岛');
  });

  it('reads names after a desk before 報導, not a place there; 編譯 as a key; an outlet that reports', () => {
    expect(parseBylineLine('生活中心／王小明報導').authors).toEqual(['王小明']);
    expect(parseBylineLine('娛樂中心／王小明、李四報導').authors).toEqual(['王小明', '李四']);
    expect(parseBylineLine('地方中心／桃園報導').authors).toBeUndefined();
    expect(parseBylineLine('地方中心／高雄報導').authors).toBeUndefined();
    expect(parseBylineLine('政治中心／綜合報導').authors).toBeUndefined();
    expect(parseBylineLine('編譯王小明／綜合報導').authors).toEqual(['王小明']);
    expect(parseBylineLine('（编译/林靖东）').authors).toEqual(['林靖东']);
    expect(parseBylineLine('編譯自路透社').authors).toBeUndefined();
    expect(parseBylineLine('星島日報報道 2024年5月20日 09:47').source).toBe('星島日報');
    expect(parseBylineLine('本報報導').source).toBeUndefined();
  });

  it('keeps the writer when the photographer follows (文字 王小明 攝影 李四)', () => {
    expect(parseBylineLine('文字 王小明 攝影 李四').authors).toEqual(['王小明']);
    expect(parseBylineLine('王小明攝 李四攝').authors).toBeUndefined();
  });

  it.each([
    ['採訪／陳大文', ['陳大文']],
    ['採訪撰文／陳大文', ['陳大文']],
    ['採訪、撰文／陳大文', ['陳大文']],
    ['采访、撰文：张三', ['张三']],
    ['文字記者／陳大文', ['陳大文']],
  ])('a magazine’s interviewer and writer (%s) is the writer', (line, names) => {
    expect(parseBylineLine(line).authors).toEqual(names);
  });

  it('接受採訪 in a line is no key', () => {
    expect(parseBylineLine('接受採訪／陳大文').authors).toBeUndefined();
    expect(parseBylineLine('他在接受采访：我很好').authors).toBeUndefined();
  });

  it('an outlet reporting, with a colon after it, names the source (大公文匯全媒體報道：)', () => {
    expect(parseBylineLine('大公文匯全媒體報道：警方國家安全處於今年初拘捕55人')).toEqual({
      source: '大公文匯全媒體',
    });
    expect(parseBylineLine('星島日報報道 記者王小明').source).toBe('星島日報');
  });

  it('an outlet’s own dispatch opening the story names it, apart from the source labels', () => {
    expect(parseBylineLine('1905电影网讯 以光影之名，探寻首都文化魅力。').opening).toBe('1905电影网');
    expect(parseBylineLine('长江网10月4日讯 武汉').opening).toBe('长江网');
    expect(parseBylineLine('华龙网-新重庆客户端讯 今（9）日').opening).toBe('华龙网');
    expect(parseBylineLine('新京报讯（记者 王小明）北京市发布新规。').opening).toBe('新京报');
    // (本报讯 is the site's paper; a word that ends in 讯 names no outlet.)
    expect(parseBylineLine('本报讯 昨日').opening).toBeUndefined();
    expect(parseBylineLine('家电讯 今日').opening).toBeUndefined();
    expect(parseBylineLine('通讯 今日').opening).toBeUndefined();
  });

  it('a name alone after the source label’s outlet is the writer (来源：中国新闻网 王帆)', () => {
    expect(parseBylineLine('2023-06-15 08:10 来源：中国新闻网 王帆')).toEqual({
      source: '中国新闻网',
      authors: ['王帆'],
    });
    // (A place or a desk there is none; the byline's key wins.)
    expect(parseBylineLine('来源：人民网 北京').authors).toBeUndefined();
    expect(parseBylineLine('来源：新华网 国际').authors).toBeUndefined();
    expect(parseBylineLine('来源：中国新闻网 作者：李四').authors).toEqual(['李四']);
  });

  it('选稿 credits an editor', () => {
    expect(parseBylineLine('选稿：曾炟')).toEqual({ editor: '曾炟' });
    expect(parseBylineLine('2024-05-13 10:23 选稿：曾炟 来源：东方网')).toEqual({
      editor: '曾炟',
      source: '东方网',
    });
    expect(parseBylineLine('他选了稿子')).toEqual({});
  });

  it('takes every editor the credit names, and no label after them', () => {
    // (中央社's desk and copy editors, a slash between them; a slash before a role or an outlet ends them.)
    expect(parseBylineLine('（編輯：唐佩君/呂佳蓉）1120823')).toEqual({ editor: '唐佩君/呂佳蓉' });
    expect(parseBylineLine('编辑：张三/李四 来源：新华网')).toEqual({
      editor: '张三/李四',
      source: '新华网',
    });
    expect(parseBylineLine('编辑：张三/摄影：李四').editor).toBe('张三');
    expect(parseBylineLine('(编辑：王洁/新华社)').editor).toBe('王洁');
    expect(parseBylineLine('(责编：汤诗瑶、丁涛)')).toEqual({ editor: '汤诗瑶、丁涛', responsible: true });
    expect(parseBylineLine('责编：张三、李四、王五').editor).toBe('张三、李四、王五');
    expect(parseBylineLine('责任编辑：张三，来源：新华社')).toEqual({
      editor: '张三',
      responsible: true,
      source: '新华社',
    });
    expect(parseBylineLine('编辑：张三、实习生李四').editor).toBe('张三');
  });

  it("takes a commentator's name as the writer's (文丨政能亮特约评论员 韩涵, （评论员 罗博 萧海川）)", () => {
    // Before, none: the line stayed in 凤凰网's body, and 新华网's commentators were nobody.
    expect(parseBylineLine('文丨政能亮特约评论员 韩涵').authors).toEqual(['韩涵']);
    expect(parseBylineLine('本报特约评论员 韩涵').authors).toEqual(['韩涵']);
    expect(parseBylineLine('（评论员 罗博 萧海川）').authors).toEqual(['罗博', '萧海川']);
    // The paper's commentator with no name, and the word in prose, name no one.
    expect(parseBylineLine('（经济日报评论员）').authors).toBeUndefined();
    expect(parseBylineLine('评论员认为这是好事').authors).toBeUndefined();
  });

  it('takes a two-character name spaced apart to line up with three-character ones as one name', () => {
    // 人民日报 writes 方 敏 beside 王乐文: before, 方 and 敏 were no names (方敏 was lost).
    expect(parseBylineLine('本报记者 王乐文 方 敏').authors).toEqual(['王乐文', '方敏']);
    expect(parseBylineLine('本报记者 方 敏').authors).toEqual(['方敏']);
    expect(parseBylineLine('记者 李 强 张 伟').authors).toEqual(['李强', '张伟']);
    // Not a character with no common surname before it, nor one glued to more.
    expect(parseBylineLine('记者 王 报道').authors).toBeUndefined();
    expect(parseBylineLine('本报记者 了 解到').authors).toBeUndefined();
  });

  it('takes the editors a credit lists between spaces, up to a label or a word that is no name', () => {
    // Before, only the first of them (董洁, 丁峰, 许书婷).
    expect(parseBylineLine('[责任编辑： 董洁 王树伟 谭庆国 韩信 ]').editor).toBe('董洁 王树伟 谭庆国 韩信');
    expect(parseBylineLine('责编：丁峰 易保山')).toEqual({ editor: '丁峰 易保山', responsible: true });
    expect(parseBylineLine('记者：黄春梅   责编：许书婷 郑崇生    网编：瑞哲')).toEqual({
      editor: '许书婷 郑崇生',
      responsible: true,
      authors: ['黄春梅'],
    });
    // A label, a word that is no name, a date or a desk's report after the name ends the list.
    expect(parseBylineLine('编辑：张三 来源：新华网')).toEqual({ editor: '张三', source: '新华网' });
    expect(parseBylineLine('编辑：李明 本报讯').editor).toBe('李明');
    expect(parseBylineLine('责任编辑：王五 2023-01-01').editor).toBe('王五');
    // (编辑 廖國安 報導 credits the writer under her title: an author, no editor; desks-and-translators.)
    expect(parseBylineLine('编辑 廖國安 報導')).toEqual({ authors: ['廖國安'] });
  });

  it("takes an editor's pen name whole and cuts a label glued to a name", () => {
    // A pen name longer than four hanzi: before, its first four (几乎不流, 棒棒不是).
    expect(parseBylineLine('策划：杨顺霖 编辑：几乎不流浪')).toEqual({ editor: '几乎不流浪' });
    expect(parseBylineLine('责任编辑：棒棒不是糖')).toEqual({ editor: '棒棒不是糖', responsible: true });
    // 整理 by an intern editor, the title right before the name.
    expect(parseBylineLine('（整理：實習編輯劉彥璇）').editor).toBe('劉彥璇');
    // A label right after the name: before, 张三来源 and 叶丹丹审.
    expect(parseBylineLine('编辑：张三来源：新华社')).toEqual({ editor: '张三', source: '新华社' });
    expect(parseBylineLine('编辑：叶丹丹审核：李四')).toEqual({ editor: '叶丹丹' });
    // An outlet, a desk or a run of hanzi with no end is no pen name: no editor rather than a cut one.
    expect(parseBylineLine('编辑：中国新闻网').editor).toBeUndefined();
    expect(parseBylineLine('编辑：本报编辑部').editor).toBeUndefined();
    expect(parseBylineLine('编辑：方敏北京大学经济学院').editor).toBeUndefined();
  });

  it('takes a heading or a button beside a byline for no name', () => {
    expect(parseBylineLine('作者简介').authors).toBeUndefined();
    expect(parseBylineLine('作者：关注').authors).toBeUndefined();
  });

  it('takes no desk code for an editor', () => {
    expect(parseBylineLine('责任编辑：SF007').editor).toBeUndefined();
    expect(parseBylineLine('流程编辑：U022').editor).toBeUndefined();
    expect(parseBylineLine('责任编辑：张恒星 SF007').editor).toBe('张恒星');
    expect(parseBylineLine('编辑：Joel').editor).toBe('Joel');
  });

  it('ignores photo credits, empty bylines and prose', () => {
    expect(parseBylineLine('又是酒後駕車闖禍。（記者王錦義翻攝）').authors).toBeUndefined();
    expect(parseBylineLine('（資料照，記者溫于德攝）').authors).toBeUndefined();
    expect(parseBylineLine('記者：').authors).toBeUndefined();
    expect(parseBylineLine('攝影：').authors).toBeUndefined();
    expect(
      parseBylineLine(
        '6月30日，本报记者在广汽商用车公司采访时了解到，双方的合作谈判已经进入最后阶段，预计年内签约。',
      ).authors,
    ).toBeUndefined();
    expect(parseBylineLine('在线荐稿记者博客联系记者').authors).toBeUndefined();
  });

  it('reads names before 報導 after a time', () => {
    expect(parseBylineLine('2014/03/19 18:58 彭佳芸 黃翊真 報導 地區：台北市報導').authors).toEqual([
      '彭佳芸',
      '黃翊真',
    ]);
  });
});

describe('outlet names', () => {
  it('turns site names into outlets', () => {
    expect(outletFromSiteName('華視新聞網')).toBe('華視');
    // (A paper's 網站 and its domain after it: 信報網站 hkej.com.)
    expect(outletFromSiteName('信報網站 hkej.com')).toBe('信報');
    expect(outletFromSiteName('信報網站')).toBe('信報');
    expect(outletFromSiteName('ETtoday 東森新聞雲')).toBe('東森');
    expect(outletFromSiteName('TVBS 新聞')).toBe('TVBS');
    // A Latin brand before a kind of site keeps the brand; before 中文网, the two are the name.
    expect(outletFromSiteName('DIGITIMES 科技網')).toBe('DIGITIMES');
    expect(outletFromSiteName('BBC 中文网')).toBe('BBC中文网');
    expect(outletFromSiteName('自由時報電子報')).toBe('自由時報');
    expect(outletFromSiteName('中時電子報 - 影視')).toBe('中時電子報');
    expect(outletFromSiteName('光明网')).toBe('光明网');
    // A name for a place or a day, not a brand, stays whole (before: 中国, 上海, 今日).
    expect(outletFromSiteName('中国新闻网')).toBe('中国新闻网');
    expect(outletFromSiteName('上海新闻网')).toBe('上海新闻网');
    expect(outletFromSiteName('湖北新闻网')).toBe('湖北新闻网');
    expect(outletFromSiteName('今日新聞網')).toBe('今日新聞網');
    expect(outletFromSiteName('三立新聞網')).toBe('三立');
    // A box-drawing bar separates as | does.
    expect(outletFromSiteName('三立新聞網│SETN.COM')).toBe('三立');
    // A Latin brand of several words before the hanzi name; not BBC News 中文 (only a language).
    expect(outletFromSiteName('Apple Daily 蘋果日報')).toBe('蘋果日報');
    expect(outletFromSiteName('BBC News 中文')).toBe('BBC News 中文');
    // The site's slogan after its name; the name of its site on the Web.
    expect(outletFromSiteName('風傳媒　一個有國際觀、專注揭弊、觀點犀利批判性的新媒體！')).toBe('風傳媒');
    expect(outletFromSiteName('中國廣播公司全球資訊網')).toBe('中國廣播公司');
    expect(outletFromSiteName('全球資訊網')).toBe('全球資訊網');
    // The name, then its Latin initials glued on.
    expect(outletFromSiteName('香港經濟日報HKET')).toBe('香港經濟日報');
    expect(outletFromSiteName('公視新聞網 PNN')).toBe('公視');
    expect(outletFromSiteName('SET三立新聞網')).toBe('SET三立');
    // A Latin brand with its domain's ending; a host name stays whole.
    expect(outletFromSiteName('CSDN.NET')).toBe('CSDN');
    expect(outletFromSiteName('cnBeta.COM')).toBe('cnBeta');
    expect(outletFromSiteName('news.qq.com')).toBe('news.qq.com');
  });

  it('splits an outlet-and-name byline', () => {
    expect(parseOutletNameLine('中國時報 張立勳／特稿 2013年07月18日 05:40')).toEqual({
      source: '中國時報',
      authors: ['張立勳'],
    });
    expect(parseOutletNameLine('記者 王小明')).toEqual({});
  });

  it('reads an outlet, its reporters with their places, then 报道, after the time', () => {
    expect(
      parseOutletNameLine('更新于2019年2月7日 06:21 英国《金融时报》 罗谢尔•托普兰斯基 布鲁塞尔报道'),
    ).toEqual({
      source: '英国《金融时报》',
      authors: ['罗谢尔•托普兰斯基'],
    });
    expect(parseOutletNameLine('英国《金融时报》 迪米 华盛顿 ， 戴维•邦德 慕尼黑报道')).toEqual({
      source: '英国《金融时报》',
      authors: ['迪米', '戴维•邦德'],
    });
    // (No outlet first: nothing.)
    expect(parseOutletNameLine('今天 天气 晴朗报道')).toEqual({});
  });

  it('the outlet before 记者 after a portal’s name and a dot', () => {
    expect(parseBylineLine('东方网·纵相新闻记者 单珊')).toEqual({
      authors: ['单珊'],
      reporterOutlet: '纵相新闻',
    });
  });

  it('a bracketed credit of several outlets’ reporters, posted abroad or not, names each', () => {
    expect(parseBylineLine('【环球时报驻美国特约记者 许缘 环球时报记者 张三】')).toEqual({
      authors: ['许缘', '张三'],
      reporterOutlet: '环球时报',
    });
    expect(parseBylineLine('【环球时报驻德国特约记者 青木 环球时报特约记者 甄翔】')).toEqual({
      authors: ['青木', '甄翔'],
      reporterOutlet: '环球时报',
    });
    expect(parseBylineLine('中国日报驻美国记者 张三').reporterOutlet).toBe('中国日报');
    // (A role after a name still ends the list.)
    expect(parseBylineLine('记者 张三 编辑记者 李四').authors).toEqual(['张三']);
  });

  it('a closing credit whose name follows the writer’s affiliation and post', () => {
    // 搜狐's reprint of 经济日报: before, no author.
    expect(
      parseBylineLine(
        '（本文来源：经济日报 作者：中国国际经济交流中心世界经济研究部部长，“一带一路”研究部部长、研究员徐占忱）',
      ),
    ).toEqual({ source: '经济日报', authors: ['徐占忱'] });
    expect(parseBylineLine('作者：中国社科院研究员 李四').authors).toEqual(['李四']);
    // A post with no name after it names no one.
    expect(parseBylineLine('（作者：某研究院主任研究员）').authors).toBeUndefined();
  });

  it('a closing credit whose name is glued to the writer’s affiliation', () => {
    expect(parseBylineLine('(作者：方敏北京大学经济学院教授)').authors).toEqual(['方敏']);
    expect(parseBylineLine('作者：王小明清华大学公共管理学院副教授').authors).toEqual(['王小明']);
    expect(parseBylineLine('（作者：李明中国社科院研究员）').authors).toEqual(['李明']);
    // (Traditional characters, and Taiwan's and Hong Kong's institutions.)
    expect(parseBylineLine('（作者：陳志明臺灣大學政治學系教授）').authors).toEqual(['陳志明']);
    expect(parseBylineLine('（作者：林小華國立政治大學國際關係研究中心研究員）').authors).toEqual(['林小華']);
    expect(parseBylineLine('（作者：黃大文香港中文大學新聞與傳播學院講師）').authors).toEqual(['黃大文']);
    expect(parseBylineLine('（作者：李明廣東省社會科學院研究員）').authors).toEqual(['李明']);
    // (No institution after the name, or no name before it: nothing.)
    expect(parseBylineLine('作者：方敏北京时间今天').authors).toBeUndefined();
    expect(parseBylineLine('作者：北京大学课题组').authors).toBeUndefined();
  });
});

describe('transliterated names', () => {
  it('a name written with dots between its parts is one name', () => {
    expect(parseBylineLine('记者 阿卜杜勒·拉赫曼·哈桑 报道').authors).toEqual(['阿卜杜勒·拉赫曼·哈桑']);
    expect(parseBylineLine('作者：罗谢尔•托普兰斯基').authors).toEqual(['罗谢尔•托普兰斯基']);
    expect(parseBylineLine('记者 买买提·艾力 王明').authors).toEqual(['买买提·艾力', '王明']);
  });
});

describe('parseBylineLine reads each pattern where its characters are', () => {
  it('finds what each pattern finds, whichever characters let it run', () => {
    forgetParsedLines();
    // A Big5 slash (∕) before a dateline, with no byline key.
    expect(parseBylineLine('王家俊∕台北報導')).toEqual({ authors: ['王家俊'] });
    // A photo credit cut out before the byline is read, and a line whose only key is in one.
    expect(parseBylineLine('記者陳智華／台北報導（記者王錦義翻攝）')).toEqual({ authors: ['陳智華'] });
    expect(parseBylineLine('花蓮縣壽豐鄉（記者王錦義翻攝）')).toEqual({});
    // A wire opening the line in brackets; the paper's own report; an editor.
    expect(parseBylineLine('（中央社記者邱俊欽桃園19日電）')).toEqual({
      source: '中央社',
      authors: ['邱俊欽'],
    });
    expect(parseBylineLine('本報訊')).toEqual({ ownPaper: true });
    expect(parseBylineLine('责任编辑：王小明')).toEqual({ editor: '王小明', responsible: true });
    expect(parseBylineLine('编辑：王小明')).toEqual({ editor: '王小明' });
    // A line without any of the characters the patterns need.
    expect(parseBylineLine('工會法修改')).toEqual({});
  });
});

describe('parseBylineLine memo', () => {
  it('parses a line once per page, forgets at the next page, and keeps at most 256 lines', () => {
    forgetParsedLines();
    const line = '本報記者 鄭莉 郝赫 朱欣';
    const first = parseBylineLine(line);
    expect(parseBylineLine(line)).toBe(first);
    forgetParsedLines();
    const again = parseBylineLine(line);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
    // A page of many distinct lines: past the bound, lines are parsed each time they are asked.
    for (let i = 0; i < 300; i++) parseBylineLine(`記者王${i}明`);
    expect(parseBylineLine('記者王299明')).not.toBe(parseBylineLine('記者王299明'));
    expect(parseBylineLine(line)).toBe(again);
    forgetParsedLines();
  });
});

describe('the tests a line passes before the byline patterns', () => {
  // Lines made of the pieces bylines and credits are made of, and of prose around them.
  const pieces = [
    ...'記者 记者 本報 本报 實習生 通訊員 通讯员 作者 專欄 撰文 撰稿人 采写 執筆 文字 編譯 編譯自 報導 报道 報道 攝影 摄影 翻攝 攝 摄 供圖 供图 繪圖 制图 製圖 圖 图 路線圖 工作 文化 文 影 聯合報 社 網 台'.split(
      ' ',
    ),
    ...'王小明 李四 張 三 （ ） ( ) 【 】 / ／ ╱ : ： | ｜ · 》 ■ 、 ， 。 1 20 A'.split(' '),
    ' ',
    '  ',
    '\u3000',
  ];
  const line = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((a) => a.join(''));

  it('KEY_WORD is in every line KEY_RE matches', () => {
    fc.assert(
      fc.property(line, (s) => !KEY_RE.test(s) || KEY_WORD.test(s)),
      { numRuns: 5000 },
    );
    expect(KEY_RE.test('文 王小明') && KEY_WORD.test('文 王小明')).toBe(true);
  });

  it('PHOTO_KEY is in every photo credit PHOTO_CREDIT finds', () => {
    fc.assert(
      fc.property(line, (s) => {
        PHOTO_CREDIT.lastIndex = 0;
        return !PHOTO_CREDIT.test(s) || PHOTO_KEY.test(s);
      }),
      { numRuns: 5000 },
    );
    expect(PHOTO_KEY.test('今年的路線圖')).toBe(false);
  });
});
