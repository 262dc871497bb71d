/**
 * An outlet's name from a site's name (og:site_name, a <title>'s suffix): the brand without the
 * kind of site, the channel or the slogan after it (華視新聞網 → 華視, RFI - 法國國際廣播電台 →
 * 法國國際廣播電台).
 */

/**
 * A country, a province or a big city, or a word of time: 中国新闻网, 上海新闻网 and 今日新聞網 are
 * named for no brand, and stay whole (華視新聞網 is 華視).
 */
const PLACE_OR_DAY = new RegExp(
  `^(?:${[
    '中[国國華华]|全[国國]|[台臺][灣湾]|香港|澳[门門]|北京|天津|上海|重[庆慶]|河北|山西|[辽遼]寧|[辽遼]宁|吉林|黑[龙龍]江',
    '江[苏蘇]|浙江|安徽|福建|江西|山[东東]|河南|湖北|湖南|[广廣][东東]|海南|四川|[贵貴]州|[云雲]南|[陕陝]西|甘[肃肅]',
    '青海|[内內]蒙古?|[广廣]西|西藏|[宁寧]夏|新疆|深圳|[广廣]州|南京|杭州|武[汉漢]|成都|西安|[长長]沙|[郑鄭]州|[济濟]南',
    '青[岛島]|大[连連]|[厦廈][门門]|[宁寧]波|[苏蘇]州|沈[阳陽]|哈[尔爾][滨濱]|[长長]春|石家莊|石家庄|太原|合肥|福州',
    '南昌|南[宁寧]|昆明|[贵貴][阳陽]|[兰蘭]州|[银銀]川|海口|[台臺]北|高雄|[台臺]中|[台臺]南|今日|每日|最新|即[时時]',
  ].join('|')})$`,
);

/** A site's kind, not its name: 科技網, 財經新聞. */
const KIND_OF_SITE =
  /^(?:科技|財經|财经|金融|新聞|新闻|資訊|资讯|娛樂|娱乐|體育|体育|汽車|汽车|生活|時尚|时尚|電子|电子)(?:網|网|新聞|新闻|頻道|频道|報|报)$/;

/** Turn a site name (og:site_name, <title> suffix) into an outlet name: 華視新聞網 → 華視, TVBS 新聞 → TVBS. */
export function outletFromSiteName(site: string): string {
  // (Whitespace runs made one space first: the patterns below would try each of a run's positions.)
  const parts = site.replace(/\s+/g, ' ').split(/\s+[-－|｜–—]\s+|\s+::\s+|\s*[|｜│]\s*|\s*[>＞»›]\s*/);
  let s = (parts[0] ?? '').trim();
  // RFI - 法國國際廣播電台: the name in hanzi after the Latin brand (not a kind of site: 財經網).
  const named = parts[1]?.trim() ?? '';
  if (/^[A-Za-z]{2,10}$/.test(s) && /^[\u4e00-\u9fff]{4,12}$/.test(named) && !KIND_OF_SITE.test(named))
    s = named;
  // 信報網站 hkej.com: the name, then the site's domain.
  s = s.replace(
    /(?<=[\u4e00-\u9fff]{2})\s+(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|cn|tw|hk|mo|sg|my)$/i,
    '',
  );
  // CSDN.NET, cnBeta.COM: a Latin brand with its domain's ending.
  s = s.replace(/^([A-Za-z][A-Za-z0-9]{1,15})\.(?:com|net|org|cn)$/i, '$1');
  // 中國廣播公司全球資訊網: the company's site on the World Wide Web.
  s = s.replace(/(?<=\S{2})(?:全球資訊網|全球资讯网|全球信息网|全球信息網)$/, '');
  // 風傳媒 一個有國際觀、專注揭弊、觀點犀利批判性的新媒體！: the name, then the site's slogan.
  const slogan = /^(\S{2,12}) (?=\S*[、，。！!])/.exec(s);
  if (slogan?.[1]) s = slogan[1];
  // `【快资讯】`: the name in brackets.
  const bracketed = /^[【[［「]([^【】[\]［］「」]+)[】\]］」]$/.exec(s);
  if (bracketed?.[1]) s = bracketed[1].trim();
  // 香港經濟日報HKET, 公視新聞網 PNN: the name, then its Latin initials, glued on or after a space.
  const initials = /^([\u4e00-\u9fff]{3,})\s?[A-Z]{2,6}$/.exec(s);
  if (initials?.[1]) s = initials[1];
  const generic = /^(.{2,}?)\s*(新聞網|新闻网|新聞雲|新闻云|電子報|电子报|新聞|新闻|網站|网站|網|网)$/.exec(
    s,
  );
  if (generic?.[1]) {
    const rest = generic[1].trim();
    const compound = /^(新聞網|新闻网|新聞雲|新闻云)$/.test(generic[2] ?? '');
    if (
      (/[報报視视社台臺廣广]$/.test(rest) || /[A-Za-z]$/.test(rest) || (compound && rest.length >= 2)) &&
      !PLACE_OR_DAY.test(rest)
    )
      s = rest;
  }
  // "ETtoday 東森" → 東森: the hanzi name over the Latin brand; but "DIGITIMES 科技網" is
  // DIGITIMES, its hanzi a kind of site (科技網, 財經新聞), no name.
  // (Apple Daily 蘋果日報 too; not BBC News 中文, whose hanzi say only the edition's language.)
  const mixed = /^([A-Za-z0-9.]+(?: [A-Za-z0-9.]+)*)\s+([\u4e00-\u9fff]{2,})$/.exec(s);
  // (BBC 中文网 is BBC中文网: the brand's Chinese edition.)
  if (mixed?.[2] && mixed[2] !== '中文')
    s = KIND_OF_SITE.test(mixed[2])
      ? (mixed[1] as string)
      : /^中文[網网]$/.test(mixed[2])
        ? `${mixed[1]}${mixed[2]}`
        : mixed[2];
  return s.trim();
}
