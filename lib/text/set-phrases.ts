/**
 * Names and set phrases written with numerals — never figures (十四五, 一帶一路, 十二年國教).
 * A table matched at a numeral: add to it rather than writing a rule for one article.
 */
const SET_PHRASES = (
  '十二年國教 十二年国教 十二項建設 十二项建设 十大建設 十大建设 一帶一路 一带一路 十四五 十三五 十二五 ' +
  '五年計劃 五年计划 五年規劃 五年规划 三年行動計劃 三年行动计划 一國兩制 一国两制 兩岸三地 两岸三地 ' +
  '三個代表 三个代表 四個全面 四个全面 五四運動 五四运动 九二共識 九二共识 四個一百 四个一百 ' +
  '三八婦女節 三八妇女节 六一兒童節 六一儿童节 八一建軍節 八一建军节 十一黃金週 十一黄金周 ' +
  '五一勞動節 五一劳动节 一條龍 一条龙 一把手 三農 三农 兩會 两会 七一 八一 四人幫 四人帮'
).split(' ');
const SET_FIRST = new Map<string, string[]>();
for (const p of SET_PHRASES) SET_FIRST.set(p[0] as string, [...(SET_FIRST.get(p[0] as string) ?? []), p]);

/** The length of the set phrase starting at `i`, or 0. */
export function setPhraseAt(text: string, i: number): number {
  const list = SET_FIRST.get(text[i] as string);
  if (!list) return 0;
  for (const p of list) if (text.startsWith(p, i)) return p.length;
  return 0;
}
