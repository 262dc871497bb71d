/**
 * The characters a byline's patterns need (lineChars): one pass over a line tells which of
 * parseLine's patterns can match in it, instead of a regex test per pattern.
 */

/**
 * Which of the characters parseLine's patterns need a line holds, as bits of LINE_CHAR, found in
 * one pass over the line (instead of a regex test per pattern). FACT: a character every line that
 * parseLine finds something in holds (編 of an editor, 源 of a source (构 of 发布机构, 关 of 发文机关), 本 of 本報訊, 社 of a wire,
 * a bracket, 電 of a dateline, 記/作/文 … of a byline key, 導/道 of 報導, a slash, a colon): a
 * line without one is read no further. EDITOR, SOURCE and AUTHOR: a character every match of
 * EDITOR_RE, SOURCE_RE and KEY_RE (its AUTHOR_KEY, byline-keys.ts) holds.
 */
export const FACT = 1;
export const EDITOR = 2;
export const SOURCE = 4;
export const AUTHOR = 8;
/** 電/訊/消息 of a dispatch (WIRE_LEAD_RE). */
export const DISPATCH = 16;
/** A photo credit's 攝/圖 (stripPhotoCredits). */
export const PHOTO = 32;
/** The slashes of a dateline (SLASH_DATELINE_RE), Big5's ∕ included. */
export const SLASH = 64;
/** ∕ and ⁄, which Big5 pages give for a full-width slash. */
export const ALT_SLASH = 128;
/** 本 of 本報訊. */
export const OWN = 256;
/** 丨 (a radical, never in a name) and ︱ (a vertical form), which pages write for ｜ (文丨王小明, 作者︱春春). */
export const ALT_BAR = 512;
/** 導/道/导 of 報導, 报道, 报导 (reportingOutlet). */
export const REPORT = 1024;
const LINE_CHAR = new Uint16Array(0x10000);
for (const [chars, bit] of [
  ['編编選选源處处自構构關关供本社【〔[（(電电訊讯記记作撰采採文習习員员筆笔譯译導道导/／╱:∕⁄◎□', FACT],
  ['編编選选', EDITOR],
  ['源處处自構构關关供', SOURCE],
  ['記记作撰采採文習习員员筆笔譯译導道导', AUTHOR],
  ['電电訊讯息', DISPATCH],
  ['攝摄圖图', PHOTO],
  ['/／╱∕⁄', SLASH],
  ['∕⁄', ALT_SLASH],
  ['本', OWN],
  ['丨︱', ALT_BAR],
  ['導道导', REPORT],
] as const)
  for (const c of chars) LINE_CHAR[c.charCodeAt(0)]! |= bit;

export function lineChars(s: string): number {
  let bits = 0;
  for (let i = 0; i < s.length; i++) bits |= LINE_CHAR[s.charCodeAt(i)] as number;
  return bits;
}
