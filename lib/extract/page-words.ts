/**
 * Words that tell what kind of page this is (a forum's 楼主, a blog's 博客, a novel's 上一章, a
 * search page's 搜索结果 …), and where to look for them. Each kind is a regex; the table of the
 * two characters its matches can start with lets the paragraph walk (textFacts) mark the
 * paragraphs where a kind may match, in the pass over the characters it makes anyway. Detection
 * then runs each regex on the marked paragraphs only: a page's text is not scanned once per
 * kind. (The nine scans of the joined page text this replaced cost more in the bench than the
 * walk's own pass over the characters.)
 */

/** Bits of a paragraph's `words`: the kinds that may match in it. */
export const FORUM = 1;
export const UGC = 2;
export const CHAPTER = 4;
export const APPRECIATION = 8;
export const STUDY = 16;
export const TIME_LABEL = 32;
export const PLAYLIST = 64;
export const ARCHIVE = 128;
export const SEARCH = 256;
export const FORUM_MORE = 512;
export const UGC_MORE = 1024;
/** The words junk text may hold anywhere in a line (patterns.ts: a mobile pitch, a copyright notice). */
export const JUNK_ANYWHERE = 2048;
/** A video's page: its description's tab (视频简介) or a playlist's labelled running times (節目全長 8,13). */
export const VIDEO_PAGE = 4096;

/** A playlist item's running time, labelled (節目全長 8,13). */
export const LABELLED_DURATION = '(?:節目全長|节目全长)\\s*\\d{1,3}[,:]\\d{2}';

/** A literal word, or a pattern with the two characters its matches can start with. */
type Alt = string | { re: string; openers: string[] };

const DIGITS = [...'0123456789'];
/** What \s matches. */
const SPACES = [...'\t\n\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff'];
for (let c = 0x2000; c <= 0x200a; c++) SPACES.push(String.fromCharCode(c));
const cases = (two: string): string[] => {
  const [a = '', b = ''] = [...two];
  return [a.toLowerCase(), a.toUpperCase()].flatMap((x) => [x + b.toLowerCase(), x + b.toUpperCase()]);
};

const FORUM_ALTS: Alt[] = [
  ...'楼主 樓主 回复数 回覆數 主题数 主題數 發表新帖 发表新帖 发新帖 發新帖 最后回复 最後回覆 最后发表 最後發表 精华帖 精華帖 版主 贴吧 貼吧 我来答 我來答 采纳率 採納率 最佳答案 已采纳 已採納'.split(
    ' ',
  ),
  // (Not a platform's post embedded in a story, as its label reads: 跳過 YouTube 帖子.)
  { re: '(?<![A-Za-z]\\s?)帖子', openers: ['帖子'] },
  // 第3楼, not 第3楼盘.
  {
    re: '第\\s?\\d{1,4}\\s?[楼樓](?![房盘盤市梯层層])',
    openers: [...DIGITS, ...SPACES].map((c) => '第' + c),
  },
];

/**
 * More forum words: a board's menu (新帖, not inside 发新帖), replies numbered by floor with their
 * age (#3 1 月前), a post's bar of actions (引用 回复). (Counted apart from FORUM's, as their own
 * regex: so a match of one never hides a match of the other.)
 */
const FORUM_MORE_ALTS: Alt[] = [
  ...'论坛首页 論壇首頁 热帖 熱帖 看帖'.split(' '),
  { re: '(?<![发發表])新[贴帖]', openers: ['新贴', '新帖'] },
  // A post's bar of actions (引用 回复 TOP, 回复 引用 举报): a thread's, one under each post.
  { re: '引用\\s?回[复覆]|回[复覆]\\s?引用', openers: ['引用', '回复', '回覆'] },
  {
    re: '#\\d{1,4}\\s+\\d{1,2}\\s?(?:秒|分钟|分鐘|小时|小時|天|月)前',
    openers: DIGITS.map((c) => '#' + c),
  },
];

const UGC_ALTS: Alt[] = [
  ...'博客 部落格 網誌 网志 博文'.split(' '),
  { re: '\\b[Bb][Ll][Oo][Gg]\\b', openers: cases('bl') },
  ...'日志 日誌 张贴 張貼 发表于 發表於 楼主 樓主 回帖 跟帖 个人主页 個人主頁'.split(' '),
  { re: '[Pp][Oo][Ww][Ee][Rr][Ee][Dd] [Bb][Yy]', openers: cases('po') },
];

/** A profile's placeholder (counted apart from UGC's, as FORUM_MORE's). */
const UGC_MORE_ALTS: Alt[] = [
  {
    re: '[这這](?:家伙|傢伙|个人|個人)很懒|[这這](?:傢伙|個人)很懶',
    openers: ['这家', '這家', '这傢', '這傢', '这个', '這个', '这個', '這個'],
  },
];

/**
 * The two characters each of patterns.ts's junk-anywhere alternatives starts with (© has no
 * second: junkKindOf looks for it apart). Only the openers count: this kind's regex is not run.
 */
const JUNK_ANYWHERE_ALTS: Alt[] = [
  ...'手机 手機 移动 移動 客户 客戶 掃描 扫描 扫码 掃碼 扫一 掃一 长按 長按 版權 版权 不得 不代 不构 不構 未經 未经 轉載 转载 禁止 仅提 仅代 僅提 僅代 观点 观點 觀点 觀點 如有 如涉 以免 索取 一稿 不付 投稿 來稿 来稿 违规 違規 违規 違规'.split(
    ' ',
  ),
  { re: 'AP', openers: ['AP'] },
  { re: 'copyright', openers: cases('co') },
  { re: 'icp', openers: cases('ic') },
];

/** The kinds, their alternatives, and the flags of their regex. */
const KINDS: [bit: number, alts: Alt[], flags: string][] = [
  [FORUM, FORUM_ALTS, ''],
  [FORUM_MORE, FORUM_MORE_ALTS, ''],
  [UGC, UGC_ALTS, ''],
  [UGC_MORE, UGC_MORE_ALTS, ''],
  [JUNK_ANYWHERE, JUNK_ANYWHERE_ALTS, 'i'],
  [CHAPTER, ['上一章', '下一章'], ''],
  [APPRECIATION, ['赏析', '賞析'], ''],
  [STUDY, ['原文', '译文', '譯文', '注释', '注釋'], ''],
  // A publication-time label (not dates.ts's PUBLISH_LABEL: it takes 发表于, which blogs print).
  [
    TIME_LABEL,
    [
      {
        re: '(?:發布|发布|發佈|发佈|更新|刊登|出版)(?:時間|时间|日期)|(?:時間|时间|日期)\\s*[:：]',
        openers: '發布 发布 發佈 发佈 更新 刊登 出版 時間 时间 日期'.split(' '),
      },
    ],
    '',
  ],
  [
    VIDEO_PAGE,
    [
      ...'视频简介 視頻簡介 节目简介 節目簡介'.split(' '),
      { re: LABELLED_DURATION, openers: ['節目', '节目'] },
    ],
    '',
  ],
  [
    PLAYLIST,
    ['播放列表', '播放清單', '播放清单', '选集', '選集', { re: 'playlist', openers: cases('pl') }],
    'i',
  ],
  // The plain archive a forum platform serves of its threads (`Powered by Discuz! Archiver`).
  [ARCHIVE, [{ re: '(?:Discuz!?|[Pp][Hh][Pp][Ww]ind)\\s*Archiver', openers: ['Di', ...cases('ph')] }], ''],
  [
    SEARCH,
    [
      ...'搜索结果 搜索結果 搜尋結果 搜寻结果 找到约 找到約 相关结果 相關結果 条结果 條結果 筆結果 笔结果 個結果 个结果'.split(
        ' ',
      ),
      // (找到相关新闻176篇: a count of what was found.)
      {
        re: '找到相[关關](?:新闻|新聞|网页|網頁|资讯|資訊|文章)\\s*(?:约|約)?\\s*[\\d,]+\\s*(?:篇|条|條|个|個|筆|项|項)',
        openers: ['找到'],
      },
      { re: 'search results', openers: cases('se') },
    ],
    'i',
  ],
];

const source = (a: Alt): string => (typeof a === 'string' ? a : a.re);
const openers = (a: Alt): string[] => (typeof a === 'string' ? [a.slice(0, 2)] : a.openers);

/** Each kind's regex (global: counted by exec from lastIndex 0), by its bit. */
export const WORD_RE: ReadonlyMap<number, RegExp> = new Map(
  KINDS.map(([bit, alts, flags]) => [bit, new RegExp(alts.map(source).join('|'), 'g' + flags)]),
);

/** Characters an opener starts with (each once). */
export const WORD_FIRST: number[] = [];
/** The kinds whose openers hash to a slot (a slot may hold another pair's kinds too). */
const WORD_PAIR = new Uint16Array(0x10000);

/** The slot of a pair of UTF-16 code units (NaN, past a string's end, is slot 0). */
function slot(first: number, second: number): number {
  return (first * 31 + second) & 0xffff;
}

for (const [bit, alts] of KINDS)
  for (const alt of alts)
    for (const o of openers(alt)) {
      if (!WORD_FIRST.includes(o.charCodeAt(0))) WORD_FIRST.push(o.charCodeAt(0));
      WORD_PAIR[slot(o.charCodeAt(0), o.charCodeAt(1))]! |= bit;
    }

/**
 * The kinds that may match at `s[i]`, a character of WORD_FIRST: read by textFacts. (Never
 * fewer than do: a kind the pair does not open may be named too, by a shared slot.)
 */
export function wordKindsAt(s: string, i: number): number {
  return WORD_PAIR[slot(s.charCodeAt(i), s.charCodeAt(i + 1))] as number;
}

/** What detection asks of the marked paragraphs. */
export interface WordText {
  text: string;
  words: number;
}

/** Matches of the kind's (global) regex in the paragraphs marked for it. */
export function countWords(paragraphs: readonly WordText[], bit: number): number {
  const re = WORD_RE.get(bit) as RegExp;
  let n = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as WordText;
    if (!(p.words & bit)) continue;
    // (exec makes nothing where nothing matches; a failed exec sets lastIndex back to 0.)
    re.lastIndex = 0;
    while (re.exec(p.text)) n++;
  }
  return n;
}

/** Does the kind's regex match in one of the paragraphs marked for it? */
export function hasWords(paragraphs: readonly WordText[], bit: number): boolean {
  const re = WORD_RE.get(bit) as RegExp;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as WordText;
    if (!(p.words & bit)) continue;
    re.lastIndex = 0;
    if (re.test(p.text)) return true;
  }
  return false;
}
