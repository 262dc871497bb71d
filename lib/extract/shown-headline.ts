/**
 * The headline as a line of the page shows it, where no heading tag or title class holds it:
 * <title>'s headline word for word, or with the page's number, kind or a name <title> adds
 * before or after it. Used by article.ts when findTitle (title.ts) found no element.
 */
import type { Paragraph } from './paragraphs';
import { headlineLike, squash, type TitleResult } from './title';

/**
 * The headline word for word in a bold line or heading of the page (old table layouts set it
 * as `<td class=c14><strong>标题</strong></td>`, no heading tag and no title class), or in an
 * element of its own that names it by no class we know (`<div class="k451dbe">标题</div>`), not a
 * link: the headline's element, or null. Not a <title> of names alone (a logo's line shows them).
 * `paragraphs`: the page's, in document order.
 */
export function shownHeadline(paragraphs: readonly Paragraph[], title: TitleResult): TitleResult | null {
  const want = squash(title.title);
  if (want.length < 6 || title.namesOnly) return null;
  // (Or without the page's number or kind that <title> adds: 标题(1) of a story in pages, 标题(组图).)
  const unpaged = squash(title.title.replace(PAGE_MARK, ''));
  const p = paragraphs.find((q) => {
    if (q.text.length > 120) return false;
    const shown = squash(q.text);
    return (
      (shown === want ||
        shown === unpaged ||
        namedAfter(title.title, q.text) ||
        namedBefore(title.title, q.text)) &&
      (q.heading || (q.linkChars === 0 && squash(q.container.textContent ?? '') === shown))
    );
  });
  if (!p) return null;
  return { title: squash(p.text) === want ? title.title : p.text, el: p.container };
}

/** A story page's number or kind closing its <title>'s headline: (1), （2）, (组图), (图). */
const PAGE_MARK = /\s*[(（](?:\d{1,2}|组图|組圖|图|圖|多图|多圖|视频|視頻)[)）]$/;

/**
 * Is `title` the headline `shown` with a name after a space (`标题 东区办事处`, `标题 湖南省中医药研究院
 * 附属医院`: a channel or a site that no separator sets apart), or with up to three after unspaced
 * dashes?
 */
function namedAfter(title: string, shown: string): boolean {
  if (shown.length < 6 || !title.startsWith(shown)) return false;
  const after = title.slice(shown.length);
  // (Or names joined to it by unspaced dashes, which no segment split takes apart between hanzi:
  // `标题-媒体南开-南开大学`, a column and a site.)
  const tight = /^[-_—–](?:[^-_—–\s]{2,12}[-_—–]){0,2}[^-_—–\s]{2,12}$/.test(after);
  const rest = tight ? after.slice(1) : after.startsWith(' ') ? after.slice(1) : '';
  return (
    rest.length >= 2 &&
    rest.length <= (tight ? 30 : 24) &&
    rest.split(/[-_—–]/).every((name) => !headlineLike(name)) &&
    !/\s/.test(rest)
  );
}

/**
 * Is `title` the headline `shown` after a name and a separator (`新闻-标题`, `国际频道 | 标题`: a
 * channel that <title> opens with, which the segments keep as no site's name)?
 */
function namedBefore(title: string, shown: string): boolean {
  if (shown.length < 6 || !title.endsWith(shown)) return false;
  const name = /^\s*([^-_—–|｜\s]{2,12})\s*[-_—–|｜]\s*$/.exec(
    title.slice(0, title.length - shown.length),
  )?.[1];
  return !!name && !headlineLike(name);
}
