/**
 * Lines that are junk only when short (pagination, app pitches, toolbars, page labels, a
 * player's controls, an account's calls to follow): patterns many sites share, for
 * junkKindOfText (patterns.ts).
 */
import type { JunkKind } from '../analysis';

/** A page's tools in brackets: 【打印】, 【关闭窗口】, 【我来说两句】, 【字体：大 中 小】. */
const TOOL =
  '[【[]\\s*(?:打印|列印|关闭|關閉|收藏|纠错|糾錯|推荐|推薦|我来说两句|我來說兩句|我要评论|我要評論|發表評論|发表评论|字体|字體|字号|字號)[^】\\]]{0,8}[】\\]]';
/** Two of them in a short line: a toolbar (页面功能 【我来说两句】【推荐】【打印】【关闭】). */
const TOOLBAR = new RegExp(`${TOOL}[\\s\\S]*${TOOL}`);

/**
 * A link back to the site (返回搜狐，查看更多, 返回首页, 回到顶部, 返回列表): the walk sets it apart
 * from the paragraph it closes (see collectPage), and it is junk on its own.
 */
export const BACK_LINK =
  /^\s*(?:返回|回到)[^\s。！？!?]{0,12}?(?:首页|首頁|顶部|頂部|列表|频道|頻道|查看更多|看更多)\s*[>》»]*\s*$/;

/** A link to more pictures or stories, its arrows first (►►►點我看更多人妖皇后美圖). */
export const MORE_LINK = /^\s*[▶-►]+\s*(?:點我|点我|點此|点此|點擊|点击)[^。！？!?]{0,24}$/;

/** A line that is one of the page labels `words` (a regex alternation) and nothing else. */
const label = (kind: JunkKind, words: string): [JunkKind, RegExp, number] => [
  kind,
  new RegExp(`^(?:${words})$`),
  24,
];

/**
 * Lines that are junk only when short (a sentence may mention the same words), with the length
 * each must stay under: pagination and app pitches (40); a pitch for the outlet's app, account or
 * fan page (歡迎下載自由時報APP, 更多精彩新聞，都在…粉絲團, 欢迎关注微信公众号: 60); two or more
 * bracketed page tools, a toolbar (页面功能 【我来说两句】【推荐】【打印】【关闭】: 100). None is
 * junk when it reads as a sentence of the story (isProseSentence, which says no under 40).
 */
export const SHORT_JUNK: ReadonlyArray<[JunkKind, RegExp, number]> = [
  // (And a paged story's page title, 第1页：科技树一览, and its hint, 支持键盘左右键“← →”翻页.)
  [
    'navigation',
    /(上一页|下一页|上一頁|下一頁|第\s*\d+\s*[页頁]\s*\/\s*共\s*\d+\s*[页頁])|^第\s*\d+\s*[页頁]\s*[:：]|(?:键盘|鍵盤).{0,12}(?:翻页|翻頁)/,
    40,
  ],
  // A pointer to the site's section on the subject (更多相关内容请关注：文明6专区).
  ['related-links', /^更多(?:相关|相關)?(?:内容|內容|资讯|資訊|新闻|新聞|攻略)?(?:请|請)(?:关注|關注)/, 40],
  [
    'mobile-banner',
    // (去 App 商店搜 好奇心日报, 在应用商店搜索…: a pitch for the site's app.)
    /(下载|下載).{0,8}(应用|應用|APP|客户端|客戶端)|每日新闻信|订阅.{0,6}(新闻|電子報|电子报)|(app|应用|應用)\s*(商店|市场|市場|store)\s*(搜|下载|下載)/i,
    40,
  ],
  [
    'mobile-banner',
    /(歡迎|欢迎)(下載|下载|關注|关注|訂閱|订阅|追蹤|追踪).{0,12}(APP|App|app|客戶端|客户端|公眾號|公众号|粉絲團|粉丝团|粉絲專頁|粉丝专页|頻道|频道|帳號|账号|微博|微信|臉書|脸书)|更多精彩.{0,12}(粉絲團|粉丝团|粉絲專頁|粉丝专页|公眾號|公众号|APP|App|頻道|频道)|(還|还)想看更多/,
    60,
  ],
  ['other', TOOLBAR, 100],
  // Font-size buttons among the page's tools (语音播报 缩小字体 放大字体 收藏 微博 微信).
  // (A line of them, no sentence: 老人手机可以放大字体。 is one.)
  [
    'font-size',
    /^[^。！？!?，,；;]*(?:(?:放大|缩小|縮小|增大|减小|減小|加大)\s*(?:字体|字體|字号|字號)|(?:字体|字體|字号|字號)\s*(?:放大|缩小|縮小|变大|變大|变小|變小))[^。！？!?，,；;]*$/,
    40,
  ],
  ['navigation', BACK_LINK, 30],
  ['related-links', MORE_LINK, 40],
  // A button for the rest of the story, a player's placeholder, a report link, the outlet's
  // hotline (打开APP阅读全文, 视频加载中..., 没有媒体可用资源, 举报/反馈, 报料热线：…).
  [
    'other',
    /^(?:(?:打开|打開)\s*APP\s*)?(?:(?:点击|點擊)\s*)?(?:展开|展開|查看|阅读|閱讀)全文\s*[>»]*$|视频加载中|視頻加載中|(?:没有|沒有)(?:媒体|媒體)(?:可用)?(?:资源|資源)|浏览器不支持|瀏覽器不支援|瀏覽器不支持|(?:浏览器|瀏覽器).{0,6}(?:无法|無法)播放|^(?:举报|舉報)(?:\s*[/／]\s*(?:反馈|反饋))?$|^[■●◆★※]?\s*(?:投稿(?:邮箱|郵箱|信箱)|[\u4e00-\u9fff]{0,6}?(?:新闻|新聞|报料|報料|爆料)(?:热线|熱線)|(?:违法和不良信息|違法和不良資訊)?(?:举报|舉報)(?:电话|電話|邮箱|郵箱))\s*[:：﹕]/i,
    40,
  ],
  ['mobile-banner', /^(?:关注我们|關注我們)$|尽在.{0,10}(?:APP|App|客户端|客戶端)/, 40],
  // A scroll box's hint (向上滑动阅览, 左右滑動看更多).
  ['other', /^(?:向上|向下|向左|向右|左右|上下)?(?:滑动|滑動)(?:阅览|閱覽|查看|看更多|浏览|瀏覽)/, 20],
  // A newsletter form's messages (請輸入正確的電子信箱格式, 感謝您的訂閱！).
  [
    'mobile-banner',
    /^(?:請輸入正確的?(?:電子信箱|電子郵件|信箱|email)|请输入正确的?(?:电子邮箱|电子邮件|邮箱|email)|(?:感謝|謝謝)您?的?訂閱|(?:感谢|谢谢)您?的?订阅)/i,
    30,
  ],
  // A pitch for the outlet's app, page or channel closing the story (現在用APP看新聞, 請訂閱轉角國際
  // facebook專頁：, 敬請鎖定《TVBS新聞網》).
  [
    'mobile-banner',
    /用\s*APP\s*(?:看|讀|读|聽|听)|(?:請|请|歡迎|欢迎|立即|馬上|马上)(?:訂閱|订阅|追蹤|追踪|關注|关注|加入|讚好|赞好|按讚|按赞).{0,16}(?:facebook|臉書|脸书|粉絲|粉丝|專頁|专页|頻道|频道|IG|YouTube)|(?:按讚|點讚|点赞)(?:加入|追蹤|追踪)|敬請鎖定|敬请锁定/i,
    60,
  ],
  // A paywall's notice in place of the story's rest (您所瀏覽的新聞已過查詢時效。建議您加入中央社
  // 付費會員…, 开通VIP会员阅读全文, 此文章为早报订户专享内容, 请您登录后继续阅读全文, 每月只需 $0.99).
  [
    'other',
    /(?:已過|已过)(?:查詢|查询)(?:時效|时效)|(?:加入|成為|成为|升級|升级|開通|开通).{0,12}(?:付費會員|付费会员|VIP)|(?:付費|付费|订户|訂戶|会员|會員)\s*(?:會員|会员)?\s*(?:專享|专享|限定)|(?:登录|登錄|登入)後?后?.{0,8}(?:阅读|閱讀)全文|^[，,]?(?:以|請|请)?(?:继续|繼續)(?:阅读|閱讀)全文|(?:选择|選擇).{0,8}(?:方式|方案).{0,4}(?:阅读|閱讀)全文|(?:体验价|體驗價|每月只需|每月只要)\s*[$＄￥¥]?\s*\d/i,
    60,
  ],
  // A pitch for the outlet's newsletter, in brackets ([欢迎点击此处、或发送邮件至…订阅《纽约时报》中文简报。]).
  [
    'mobile-banner',
    /^[[【(（].{0,40}(?:订阅|訂閱).{0,20}(?:简报|簡報|电子报|電子報|通讯|通訊|newsletter).{0,6}[\]】)）]$/i,
    100,
  ],
  // A notice to write in (发送邮件至zhengwu@thepaper.cn申请加入澎湃政务号): the site's, not the story's.
  ['other', /^(?:请|請)?(?:发送?邮件|發送?郵件|来信|來信|来函|來函)(?:至|到)\s*[\w.+-]+@[\w-]+\.[\w.]+/, 60],
  // A breadcrumb written out (您所在的位置： 首页 > 快讯 > 公司, 当前位置：首页 > 新闻).
  [
    'navigation',
    /^(?:(?:您|你)(?:现在|現在|目前)?(?:所在)?的?|(?:当前|當前|现在|現在|目前|所在)的?)位置\s*[:：]|^位置\s*[:：].*[>＞»›]/,
    80,
  ],
  // …or unlabelled, down to the story itself (凤凰网娱乐 > 明星 > 内地 > 正文).
  ['navigation', /^(?:[^\s>＞»›]{1,12}\s*[>＞»›]+\s*){1,6}(?:正文|內文|内文)$/, 80],
  // A labelled link and nothing else (訂閱Telegram…優惠及送禮情報：https://bit.ly/…, 原文链接：
  // https://…, 實時追蹤…，立即下載經濟日報App：https://…).
  ['other', /^[^。！？\n]{2,60}[:：﹕]\s*https?:\/\/[^\s。]+$/, 100],
  // A call for readers' tips and its prize (立即報料, 報料熱線, 你的獨家報料一旦被採用及報導，將獲得乙份獎品).
  [
    'other',
    /(?:立即|歡迎|欢迎)(?:報料|报料|爆料)|(?:報料|报料|爆料)(?:聯繫|聯絡|联系)?(?:熱線|热线|專線|专线|電話|电话|郵箱|邮箱)|(?:報料|报料|爆料).{0,10}(?:採用|采用).{0,12}(?:獎|奖|稿費|稿费)|^[【[]?(?:線索|线索)(?:徵集|征集)/,
    120,
  ],
  // A page's own prompts: to read on past an ad (請繼續往下閱讀...), to accept its privacy terms for
  // a widget (請同意我們的隱私權規範，才能啟用聽新聞的功能。).
  ['other', /^(?:請|请)?(?:繼續|继续)(?:往下)?(?:閱讀|阅读)\s*(?:\.{2,}|…+)?$/, 12],
  ['other', /^(?:請|请)(?:先)?同意.{0,8}(?:隱私|隐私)(?:權|权)?(?:規範|规范|政策|條款|条款)/, 40],
  // A pitch for the account's chat group (请加微信junlv8111，邀请入群).
  [
    'other',
    /(?:加|添加)(?:小编|小編)?(?:微信|微信号|微信號)\s*[:：]?\s*[A-Za-z][\w-]{4,}.{0,16}(?:入群|進群|进群|拉群|群)/,
    120,
  ],
  // A call for contributions (【上報徵稿】, 投稿信箱：…) and a pitch for the outlet's social accounts
  // (一起加入新聞不漏接！社群連結).
  [
    'other',
    /^[【[]\s*[^】\]]{0,6}(?:徵稿|征稿)\s*[】\]]$|^投稿(?:信箱|郵箱|邮箱)\s*[:：]|(?:新聞|新闻|消息|資訊|资讯)不漏接/,
    100,
  ],
  // A reading-time estimate (本文共3381字，预计阅读时间1分21秒, 閱讀時間約 3 分鐘).
  [
    'other',
    /^(?:(?:本文|全文)共?\s*[\d,]+\s*字[，,\s]*)?(?:预计|預計)?(?:阅读|閱讀)(?:时间|時間|时长|時長|需要?)\s*[:：]?\s*(?:约|約|大约|大約)?\s*\d+\s*(?:分钟|分鐘|分|秒)/,
    40,
  ],
  // A pitch for the site by its address (更多“…”的相关经验资讯请关注www.qushijing.com).
  [
    'other',
    /^更多.{0,40}(?:请|請|敬请|敬請)?(?:关注|關注|访问|訪問|登录|登錄).{0,6}(?:www\.|https?:\/\/)[\w.-]+/i,
    70,
  ],
  // An image viewer's hint, a bare pitch to click (（点击看清晰大图）, 快点击这里了解一下！).
  [
    'other',
    /^[（(]?\s*(?:点击|點擊)(?:看|查看|圖片查看|图片查看)?(?:清晰)?大[图圖]\s*[）)]?$|^(?:快|请|請)?(?:点击|點擊)(?:这里|這裡|此处|此處)/,
    20,
  ],
  // A line that is one page label and nothing else: a tool, a list's title, a comment count, a
  // gallery's label, a follow button (图集, ＋关注).
  [
    'other',
    /^[【[]?\s*(?:(?:高清)?(?:图集|圖集|组图|組圖)|[+＋]?\s*(?:关注|關注)|加入收藏|收藏本文|设为首页|設為首頁|打印本[页頁]|关闭窗口|關閉視窗|關閉窗口|推荐给朋友|推薦給朋友|复制链接|複製鏈接|复制连结|複製連結|点赞|點讚|[赞讚]\s*[(（]\d+[)）])\s*[】\]]?$/,
    24,
  ],
  [
    'related-links',
    /^(?:作者最新文章|热门排行|熱門排行|24小[时時]热文|今日推荐|今日推薦|精彩图片|精彩圖片|为你推荐|為你推薦|热门文章|熱門文章|热点新闻|熱點新聞|排行榜|最新新[闻聞]|今日[热熱]门|今日熱門|今日最夯|更多相[关關]|[编編][辑輯][精]?[选選]|影音推[荐薦]|看完整新[闻聞]|【[热熱][门門]推[荐薦]】|(?:点击|點擊|点我|點我)?(?:进入|進入|查看|看)?(?:专题|專題|更多|原文)\s*[>»]*|更多\s*[>»]+|\[(?:查看|阅读|閱讀)原文\]|阅读原文|閱讀原文)$/,
    24,
  ],
  [
    'comments',
    /^(?:已有\s*\d+\s*人参与|已有\s*\d+\s*人參與|登录后发表评论|登錄後發表評論|登入後發表評論|登入后发表评论|\d+\s*[条條]\s*(?:评论|評論)|\d+\s*[則则]留言|网友评论仅供其表达个人看法)/,
    60,
  ],
  label(
    'mobile-banner',
    '手机看新闻|手機看新聞|点击关注|點擊關注|关注公众号|關注公眾號|加入[会會][员員]|追[踪蹤]我[们們]|[订訂][阅閱]我[们們]|[订訂][阅閱][电電]子[报報]|按[赞讚]加入粉[丝絲][团團]|(?:加入)?LINE好友|[点點]我加入',
  ),
  label('share-bar', '分享|分享此文章|分享本文'),
  label('ad', '广告|廣告'),
  // A video player's controls and messages (倍速, 高清, 跳过片头, 视频播放失败, 错误代码：…).
  [
    'other',
    /^(?:倍速|高清|超清|标清|標清|流畅|流暢|蓝光|藍光|循环播放|循環播放|跳过片头|跳過片頭|设置成功|設置成功|展开|展開|收起)$|播放速度|切换到(?:高清|超清|标清)|视频播放失败|視頻播放失敗|错误代码[:：]|建议\s*WIFI下/i,
    40,
  ],
  label('comments', '留言|我要留言|发表留言|發表留言'),
  // The site's own reminder set under any story (★ 三立新聞網提醒您：酒後不開車; not 警方提醒您：).
  [
    'other',
    /^[★☆※＊*▶►]?\s*(?:[^\s，。！？]{1,10}(?:網|网|新聞|新闻|台|臺|報|报)|[A-Za-z]{2,12})\s*(?:提醒您|提醒你|關心您|关心您)\s*[:：]/,
    60,
  ],
  // A button that reads the story aloud (听新闻, 语音播报, 朗读全文).
  label(
    'other',
    '[听聽](?:新[闻聞]|全文|文章)|收[听聽]全文|[语語]音播[报報]|朗[读讀]全文|[点點][击擊]收[听聽]',
  ),
  // A self-media account's calls to follow, share and subscribe, and its read and like counts
  // (▲点击上方蓝字关注我们, 喜欢就点个在看吧, 点赞(12) 收藏 分享, 阅读 10万+, 訂閱我們的YouTube頻道,
  // 現在用APP看新聞).
  [
    'mobile-banner',
    /^(?:[↓↑▲▼☝\s]|👇)*(?:(?:点击|點擊)(?:上方|下方)?.{0,6}(?:关注|關注)|(?:点我|點我|歡迎|欢迎)?(?:订阅|訂閱).{0,10}(?:YouTube|頻道|频道)|(?:欢迎|歡迎)?(?:分享|转发|轉發)(?:到|至)朋友圈|(?:点击|點擊)?(?:阅读原文|閱讀原文)$)|用\s*APP\s*看|点个在看|點個在看/i,
    40,
  ],
  [
    'share-bar',
    /^(?:(?:点赞|點讚|收藏|分享|转发|轉發|评论|評論|在看)\s*(?:[(（]\d+[)）]|\d+)?\s*){2,}$|^(?:阅读|閱讀|浏览|瀏覽)(?:量|数|數|次数|次數)?\s*[:：]?\s*\d+(?:\.\d+)?\s*[万萬]?\+?$|^[(（]\s*被?(?:阅读|閱讀|浏览|瀏覽)\s*\d*\s*次\s*[)）]$|[轻輕]点两下取消|輕點兩下取消/,
    40,
  ],
  label('related-links', '[【[]?\\s*(?:编辑推荐|編輯推薦)\\s*[】\\]]?'),
  // An account's menu, its QR code and its 在看 (扫描下方二维码, 回复【福利】查看…, 点击菜单栏…,
  // 点【在看】试试), the label over its disclaimer (特别声明), and its closing mark (- END -).
  [
    'mobile-banner',
    /(?:扫描|掃描|长按|長按|识别|識別)(?:下方|上方|下图|下圖|图中|圖中|图片|圖片)?(?:中的)?(?:二维码|二維碼)|^(?:\d+[、.．]\s*)?(?:回复|回覆)\s*[【「“[][^】」”\]]{1,10}[】」”\]]|(?:点击|點擊)(?:底部)?(?:菜单栏|菜單欄)|[点點]\s*(?:个|個|一下)?\s*[【“「"]在看[】”」"]/,
    40,
  ],
  label('copyright', '特别声明|特別聲明|免责声明|免責聲明|版权声明|版權聲明|平台声明|平台聲明'),
  ['other', /^[-—–_=·\s]*END[-—–_=·\s]*$/, 40],
  // The frame of an embedded post: its skip link, its end, the site's disclaimer (跳过 Instagram 帖子,
  // 结尾 Instagram 帖子, 告知: BBC 不对外来网站内容负责).
  [
    'other',
    /^(?:跳[过過]|结尾|結尾)\s*\S{1,20}\s*(?:帖子|貼文|贴文)$|^\S{1,20}\s*(?:帖子|貼文|贴文)\s*(?:结尾|結尾)$|^.{0,12}不[对對](?:外[来來]|外部|第三方)[网網]站(?:的)?(?:内容|內容)[负負][责責]/,
    40,
  ],
  // A poll under the story, asking the reader (您觉得这篇文如何？, Sorry You have Already Voted!,
  // Thank You For Your Vote!, 感谢您的投票).
  [
    'other',
    /^(?:您|你)(?:觉得|覺得|认为|認為)(?:这篇|這篇|本篇|此篇)(?:文章?|报道|報導|报导|新闻|新聞)?(?:如何|怎么样|怎麼樣)[？?]?$|^(?:sorry,?\s*)?you have already voted!?$|^thank you for your vote!?$|^(?:感谢|感謝|谢谢|謝謝)(?:您|你)?的?(?:投票|参与投票|參與投票)[!！。]?$/i,
    40,
  ],
  // A template's keys left untranslated (selfpromo.newsletter.titleselfpromo.newsletter.text).
  ['other', /^[a-z][A-Za-z0-9_]*(?:\.[a-z][A-Za-z0-9_]*){2,}$/, 100],
];

/**
 * A web address and the space after it (an info line may print the site's first: `http://ent.QQ.com
 * 2008年12月24日08:07 新闻晨报 彭骥`).
 */
export const WEB_ADDRESS = /(?:https?:\/\/|www\.)[\w.-]+(?:\/\S*)?\s*/gi;

/**
 * The widgets an info line holds beside its time and source (【大 中 小】 【打印】 共有评论, 正文背景色：):
 * no words of its own.
 */
export const LINE_WIDGETS =
  /[【[]\s*(?:大\s*中\s*小|打印|列印|关闭|關閉|收藏|纠错|糾錯|复制|複製)\s*[】\]]|(?:共有|我要|发表|發表)(?:评论|評論)\s*(?:[(（]\s*\d*\s*[)）]?)?|(?:评论|評論)\s*[(（]\s*\d+\s*[)）]|字[号號体體]\s*[:：]?\s*(?:[大中小]\s*){2,3}|(?:正文)?背景色\s*[:：]?/g;
