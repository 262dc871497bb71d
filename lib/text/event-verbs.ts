/**
 * The verbs that make a dated clause an event (events.ts), and the words around them: the verbs
 * of saying, whose event runs on to the sentence's end, and the negations that undo a verb.
 */
import * as chars from './chars.ts';

/** Verbs of happening, both scripts. Longest first is not needed: any hit counts. */
export const EVENT_VERBS: readonly string[] = (
  '召開 召开 舉行 举行 舉辦 举办 發布 发布 發佈 成立 啟動 启动 施行 實施 实施 開幕 开幕 閉幕 闭幕 落幕 出版 ' +
  '公布 公佈 通過 通过 簽署 签署 簽訂 签订 簽約 签约 宣布 宣佈 印發 印发 下發 下发 出台 出臺 開通 开通 通車 通车 ' +
  '上線 上线 落成 竣工 開工 开工 投產 投产 開業 开业 發生 发生 會見 会见 會晤 会晤 會談 会谈 訪問 访问 出訪 出访 ' +
  '出席 當選 当选 去世 逝世 頒布 颁布 頒發 颁发 頒獎 颁奖 生效 啟用 启用 拉開帷幕 拉开帷幕 揭牌 掛牌 挂牌 ' +
  '發射 发射 登陸 登陆 爆發 爆发 宣判 判決 判决 抵達 抵达 到訪 到访 修改 修訂 修订 表決 表决 審議 审议 批准 ' +
  '完成 發表 发表 表彰 開放 开放 制定 出爐 出炉 亮相 上市 開賽 开赛 宣誓 地震 遇難 遇难 確診 确诊 通報 通报 ' +
  '主持 視察 视察 考察 選舉 选举 投票 宣告 首發 首发 舉辦 開始 开始 結束 结束 公告 召集 成交 收盤 收盘 開盤 开盘 ' +
  // Incidents, offices taken and left, prices and rates changed.
  '墜毀 坠毁 側翻 侧翻 起火 爆炸 坍塌 倒塌 相撞 遇襲 遇袭 襲擊 袭击 身亡 失蹤 失踪 被捕 落馬 落马 辭職 辞职 ' +
  '就任 就職 就职 上任 卸任 離任 离任 上調 上调 下調 下调 降息 加息 降準 降准 停運 停运 復工 复工 停產 停产 ' +
  // Arrivals, studies and shows begun, results.
  '來到 来到 開展 开展 展出 開賣 开卖 開售 开售 戰勝 战胜 擊敗 击败 奪得 夺得 獲得 获得 推出 發現 发现 提出 ' +
  // Markets moved, replies, appointments, bans lifted.
  '停牌 復牌 复牌 漲停 涨停 跌停 大漲 大涨 大跌 暴跌 暴漲 暴涨 上漲 上涨 下跌 回應 回应 任命 解除 取消 ' +
  '晉升 晋升 崛起 暴發 暴发 併入 并入 合併 合并 ' +
  // Going and coming, births and findings, acts against someone, statements, shows aired.
  '前往 到達 到达 運抵 运抵 離開 离开 出發 出发 返回 轉院 转院 考進 考进 考入 生下 誕生 诞生 查出 ' +
  '占領 占领 佔領 推翻 指責 指责 譴責 谴责 抨擊 抨击 逮捕 拘留 起訴 起诉 判處 判处 造成 導致 导致 引發 引发 ' +
  '停電 停电 確定 确定 決定 决定 達成 达成 退出 加入 簽下 签下 展開 展开 播出 首播 上映 開議 开议 ' +
  '入職 入职 辭退 辞退 聚集 齊聚 齐聚 被襲 被袭 引進 引进 暫扣 暂扣 查扣 扣押 開學 开学 報到 报到 死亡 受傷 受伤 ' +
  '進入 进入 動員 动员 釋放 释放 獲釋 获释 保釋 保释 獲准 获准 補發 补发 評選 评选 創立 创立 創辦 创办 始創 始创 ' +
  '猛漲 猛涨 表示 指出 強調 强调 聲明 声明 透露 通知 告訴 告诉 批評 批评'
).split(' ');

/** Verbs of saying: the event runs on to the sentence's end. */
export const STATEMENTS = new Set('表示 指出 強調 强调 聲明 声明 透露 通知 告訴 告诉 批評 批评'.split(' '));

const VERB_FIRST = new Map<string, string[]>();
for (const v of EVENT_VERBS) {
  const list = VERB_FIRST.get(v[0] as string) ?? [];
  if (!list.includes(v)) list.push(v);
  VERB_FIRST.set(v[0] as string, list);
}

// Bound once at load: hot loops then read locals, not module bindings (which some loaders turn into getters).
const { classAt, mark, VERB_FIRST: VERB_START } = chars;
mark(VERB_FIRST.keys(), VERB_START);
/** Before a verb: it did not happen. */
export const NEGATIONS = '未没沒不';

/**
 * Is there, at `i`, a negation that reaches a verb further on in its clause (目前未針對減碳效益提出進度,
 * 没有在北京举行)? 未 but not 未来, 未知, 未成年, 未免 …; 没有/沒有.
 */
export function negatesClauseAt(text: string, i: number): boolean {
  const c = text[i];
  if (c === '未') return !'来來知成婚满滿免'.includes(text[i + 1] ?? '来');
  return (c === '没' || c === '沒') && text[i + 1] === '有';
}

/** The verb of happening that starts at `i`, or null. */
export function verbAt(text: string, i: number): string | null {
  if ((classAt(text, i) & VERB_START) === 0) return null;
  const list = VERB_FIRST.get(text[i] as string);
  if (!list) return null;
  for (const v of list) if (text.startsWith(v, i)) return v;
  return null;
}
