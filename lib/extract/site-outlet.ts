/**
 * The outlet a page names for its site, when no line of it names one: the site's name (or its
 * channel the line beside the time names), else a name beside the time that the rights line
 * names too, else the outlet the copyright line holds. Used by metadata.ts.
 */
import type { MetaTags } from './meta-tags';
import { isLoneName } from './names';
import { copyrightHolder, ownNameBesideTime } from './rights-lines';
import { channelBesideTime, siteName } from './source';

/** The site's outlet (`source`), or '' and the writer (`writer`) a name beside the time turned out to be. */
export function siteOutlet(
  doc: Document,
  tags: MetaTags,
  headline: string,
  head: string[],
  lines: readonly { text: string }[],
): { source: string; writer: string } {
  let source = siteName(doc, tags, headline);
  // (Or the site's channel the line beside the time names: 新浪财经 on 新浪网.)
  source = channelBesideTime(source, head) || source;
  let writer = '';
  // (Or the name beside the time that the copyright line names: 第一财经, 上海第一财经传媒有限公司.
  // A person's name there is the writer's, whose rights the line keeps: 张佳玮 2018-02-26
  // 18:01:06 over © 本文版权归 张佳玮 所有.)
  if (!source) {
    const own = ownNameBesideTime(head, lines);
    if (isLoneName(own)) writer = own;
    else source = own;
  }
  // (Or, with no site name at all, the outlet the copyright line names: Copyright 财新网. So too
  // for a site name in Latin letters only, where the page's copyright line names it in hanzi.)
  if (!source) source = copyrightHolder(lines) ?? '';
  else if (!/[\u4e00-\u9fff]/.test(source)) source = copyrightHolder(lines) ?? source;
  return { source, writer };
}
