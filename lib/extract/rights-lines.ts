/**
 * What a page's footer says of whose the site is: the holder its copyright line names
 * (copyrightHolder), the sponsor or institution a government's or a school's footer names
 * (siteSponsor), and the name beside the time that the rights line names too (ownNameBesideTime).
 * Used by site-outlet.ts and metadata.ts, when no line names the story's source.
 */
import { findDates } from './dates';
import { namesOutlet } from './line-sources';
import { NOT_AN_OUTLET } from './names';
import { LINE_ITEMS } from './source';

/** The marks a rights line opens with. */
const RIGHTS_MARK = '©|Ⓒ|copyright|版權所有|版权所有';

/** A word every rights line holds: the lines copyrightHolder and ownNameBesideTime read. */
const RIGHTS_WORD = /©|Ⓒ|copyright|版權|版权/i;

/**
 * A rights line's holder: `mark`, an optional ©, the years, then `holder` (its group 1: hanzi), which
 * the line's end, a stop, the rights' words or the site's licence number (浙ICP备…) close.
 */
const holderAfter = (mark: string, holder: string): RegExp =>
  new RegExp(
    `${mark}\\s*(?:©\\s*)?(?:\\d{4}(?:\\s*[-–—~]\\s*\\d{4})?\\s*)?${holder}(?=\\s*(?:$|[.。,，;；|｜]|all rights|版權所有|版权所有)|\\s+[\\u4e00-\\u9fff]?ICP)`,
    'i',
  );

/**
 * A copyright line's holder in hanzi (© 2023 自由亚洲电台, 版權所有 中央通訊社), the line's end or
 * a stop after it (not a photo's credit: © 香港天文台1日早上10時半衛星截圖): group 1.
 */
const COPYRIGHT_HOLDER = holderAfter(`(?:${RIGHTS_MARK})`, '([\\u4e00-\\u9fff]{2,12})');

/**
 * The outlet the page's copyright line names in hanzi, the last such line first (the footer's),
 * if any names an outlet: for a page whose site name is in Latin letters only (Radio Free Asia
 * over 自由亚洲电台).
 */
export function copyrightHolder(lines: readonly { text: string }[]): string | undefined {
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = (lines[i] as { text: string }).text;
    if (t.length > 200 || !RIGHTS_WORD.test(t)) continue;
    const holder = COPYRIGHT_HOLDER.exec(t)?.[1];
    if (holder && namesOutlet(holder)) return holder;
  }
  return undefined;
}

/** The site's sponsor, as a government or institution's footer names it (主办单位：甘肃省发展和改革委员会). */
const SPONSOR = /^(?:主办单位|主辦單位|主办|主辦)\s*[:：]\s*([\u4e00-\u9fff]{2,30})(?=\s|$|[,，;；|｜（(])/;

/**
 * The institution its footer's rights line names (© 2020 版权所有 南京大学信息化建设管理服务中心 All
 * Rights Reserved, 某某局 版权所有): group 1. (Not a company's: 有限公司, 集团; nor 复制必究.)
 */
const RIGHTS_OWNER = holderAfter(
  `(?:^|${RIGHTS_MARK})`,
  '(?:版權所有|版权所有)?\\s*([\\u4e00-\\u9fff]{4,24})',
);

/**
 * What a public institution's name ends with: a footer's © line without rights' words names the
 * site's holder when it names one of these (©2025 浙江省淡水水产研究所), not a company's brand.
 */
const INSTITUTION_END =
  /(?:大学|大學|学院|學院|学校|學校|中学|中學|研究院|研究所|科学院|科學院|医院|醫院|协会|協會|学会|學會|委员会|委員會|人民政府|局|厅|廳|办公室|辦公室|博物馆|博物館|图书馆|圖書館)$/;

/**
 * The sponsor the page's footer names (the last such line first), or else the institution that
 * holds its rights, if any.
 */
export function siteSponsor(lines: readonly { text: string }[]): string | undefined {
  let owner: string | undefined;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = (lines[i] as { text: string }).text;
    if (t.length > 120) continue;
    const name = t.startsWith('主') ? SPONSOR.exec(t)?.[1] : undefined;
    if (name) return name;
    const reserved = /all rights|版權所有|版权所有/i.test(t);
    if (!owner && (reserved || /^\s*(?:©|Ⓒ|copyright)/i.test(t))) {
      const held = RIGHTS_OWNER.exec(t)?.[1];
      // (Nor the rights' own words: 版权所有 复制必究, 版權所有 保留一切權利.)
      if (held && !/(?:公司|集[团團]|必究|权利|權利)$/.test(held) && (reserved || INSTITUTION_END.test(held)))
        owner = held;
    }
  }
  return owner;
}

/**
 * A name alone between the items of the line that gives the time (`第一财经 2017-07-18 16:28:00`,
 * `第一财经APP …`), which the page's copyright line names too (版权所有 上海第一财经传媒有限公司):
 * the outlet, though its name ends in no outlet's word. '' when none.
 */
export function ownNameBesideTime(head: readonly string[], lines: readonly { text: string }[]): string {
  let rights = '';
  for (const { text } of lines) if (text.length <= 200 && RIGHTS_WORD.test(text)) rights += text;
  if (!rights) return '';
  for (const line of head) {
    if (line.length > 40 || !findDates(line).length) continue;
    for (const item of line.split(LINE_ITEMS)) {
      const name = /^([\u4e00-\u9fff]{3,8})[A-Za-z]{0,4}$/.exec(item);
      if (name?.[1] && rights.includes(name[1]) && !NOT_AN_OUTLET.test(item)) return item;
    }
  }
  return '';
}
