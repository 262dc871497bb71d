/**
 * The tables of Chinese numerals (digits, small and large multipliers, the characters that
 * make 千 or 兆 part of a unit) by UTF-16 code unit: numerals.ts's scans read codes, not
 * one-character strings (a hanzi read as text[i] is a new string each time, and a lookup by it
 * hashes it first).
 */
/** The digit value of a Chinese digit character, or -1. */
const CN_DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 壹: 1, 二: 2, 貳: 2, 贰: 2, 两: 2, 兩: 2, 三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4, 五: 5, 伍: 5, 六: 6, 陸: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
}; // prettier-ignore

/** Small multipliers inside a section of four digits. */
const CN_SMALL: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Large multipliers: each closes a section. */
const CN_LARGE: Record<string, number> = { 萬: 1e4, 万: 1e4, 億: 1e8, 亿: 1e8, 兆: 1e12 };

/** Characters that, right after 千 or 兆, make it part of a unit (千米, 千克, 兆瓦) rather than a multiplier. */
const UNIT_AFTER_MULTIPLIER = '米克瓦卡赫焦帕字位比伏歐欧';

/** CN_SMALL's values by code, 0 elsewhere. */
const SMALL_AT = new Uint16Array(65536);
for (const [ch, v] of Object.entries(CN_SMALL)) SMALL_AT[ch.charCodeAt(0)] = v;
/** CN_LARGE's values by code (as the index of LARGE_VALUES), 0 elsewhere. */
const LARGE_VALUES = [0, 1e4, 1e8, 1e12];
const LARGE_AT = new Uint8Array(65536);
for (const [ch, v] of Object.entries(CN_LARGE)) LARGE_AT[ch.charCodeAt(0)] = LARGE_VALUES.indexOf(v);
const UNIT_AFTER = new Uint8Array(65536);
for (const ch of UNIT_AFTER_MULTIPLIER) UNIT_AFTER[ch.charCodeAt(0)] = 1;
/** Chinese digit values by code unit, -1 elsewhere. */
const CN_DIGIT_TABLE = new Int8Array(65536).fill(-1);
for (const [ch, v] of Object.entries(CN_DIGITS)) CN_DIGIT_TABLE[ch.charCodeAt(0)] = v;
export const QIAN = 0x5343; // 千
export const ZHAO = 0x5146; // 兆
export const NIAN = 0x5eff; // 廿
export const SA = 0x5345; // 卅
export const LIANG = 0x5169; // 兩
export const LIANG_S = 0x4e24; // 两
export const DIAN = 0x9ede; // 點
export const DIAN_S = 0x70b9; // 点

/** The value of a small multiplier (十, 百, 千 …) at code `c`, 0 for none (NaN: 0). */
export function smallAt(c: number): number {
  return c === c ? (SMALL_AT[c] as number) : 0;
}

/** The value of a large multiplier (萬, 億, 兆) at code `c`, 0 for none (NaN: 0). */
export function largeAt(c: number): number {
  return c === c ? (LARGE_VALUES[LARGE_AT[c] as number] as number) : 0;
}

/** The digit value of a Chinese digit at code `c`, -1 for none (NaN: -1). */
export function cnDigitCode(c: number): number {
  return c === c ? (CN_DIGIT_TABLE[c] as number) : -1;
}

/** Does the character at code `c`, right after 千 or 兆, make it part of a unit (千米, 兆瓦)? */
export function unitAfterMultiplier(c: number): boolean {
  return UNIT_AFTER[c] === 1;
}
