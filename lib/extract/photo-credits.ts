/**
 * Photo and graphics credits in a line of metadata, which the byline's readers take out before
 * they look for the writers (a photographer is no author).
 */

/** Photo and graphics credits: （記者王錦義翻攝）, 劉信德攝, 受访者供图, 記者鄭清元／攝影. */
export const PHOTO_CREDIT =
  /[（(]?(?:記者|记者)?\s?[^\s（()）/／]{0,10}?\s?(?:翻攝|翻摄|[攝摄]影?(?!影?(?:報導|报道|報道|报导)|影?\s*[／/╱:：｜|]|(?:(?<=影)|影)\s+[\u4e00-\u9fff]{2,4}(?![\u4e00-\u9fff]))|供圖|供图|繪圖|绘图|製圖|制图)[）)]?|(?:記者|记者)\S{0,6}[／/╱](?:攝影|摄影)/g;

/**
 * What every photo credit holds: 攝/摄, or 圖/图 after 供/繪/製 (路線圖 and 地图 hold none, and
 * PHOTO_CREDIT's scan, a lazy run tried at every character, is the slow part of a line's parse).
 */
export const PHOTO_KEY = /[攝摄]|[供繪绘製制][圖图]/;

/**
 * A writer who took the photos too (報導•攝影╱李佳玲, 文．攝影／王小明, 文字、攝影：王小明, the name
 * first: 李佳玲╱報導•攝影): the
 * photographer's word goes, and the writer's credit stays.
 */
const WROTE_AND_SHOT =
  /(報導|报道|報道|报导|文字|文|撰文)\s*[•．·・、&＆/／]\s*(?:攝影|摄影)(?=\s*[╱／/:：])|(?<=[╱／/]\s*)(報導|报道|報道|报导)\s*[•．·・、&＆]\s*(?:攝影|摄影)(?=\s*$)/g;

export function stripPhotoCredits(line: string): string {
  return PHOTO_KEY.test(line) ? line.replace(WROTE_AND_SHOT, '$1$2').replace(PHOTO_CREDIT, ' ') : line;
}
