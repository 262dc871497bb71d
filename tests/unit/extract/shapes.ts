/** What the shape tests (unseen-shapes, credits-and-platforms) build their pages from. */

/** A page parsed from its markup (the tests run in jsdom). */
export const load = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Two paragraphs of story prose, long enough to read as the body. */
export const P =
  '据介绍，今年一季度全市规模以上工业增加值同比增长百分之六点二，高于全国平均水平，其中高技术制造业增长尤为明显。';
export const Q =
  '业内人士认为，随着一系列稳增长政策落地见效，二季度经济有望延续恢复态势，企业预期也在逐步改善，市场信心增强。';
