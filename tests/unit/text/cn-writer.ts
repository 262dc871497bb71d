/** A small Chinese-numeral writer for property tests: 12345 → 一萬二千三百四十五. */
const DIGITS = '零一二三四五六七八九';
const SMALL = ['', '十', '百', '千'];

export interface CnStyle {
  traditional: boolean;
  /** Write 兩/两 instead of 二 before 千, 百 and the large units, as people do. */
  liang: boolean;
}

function section(n: number, style: CnStyle): string {
  let s = '';
  let zero = false;
  for (let p = 3; p >= 0; p--) {
    const d = Math.floor(n / 10 ** p) % 10;
    if (d === 0) {
      if (s) zero = true;
      continue;
    }
    if (zero) {
      s += '零';
      zero = false;
    }
    const digit = d === 2 && style.liang && p >= 2 ? (style.traditional ? '兩' : '两') : DIGITS[d];
    s += (digit ?? '') + (SMALL[p] ?? '');
  }
  return s;
}

/** n from 0 to 10^12 − 1, in the standard written form. */
export function toChinese(n: number, style: CnStyle = { traditional: true, liang: false }): string {
  if (n === 0) return '零';
  const large = style.traditional ? ['', '萬', '億'] : ['', '万', '亿'];
  const secs = [n % 1e4, Math.floor(n / 1e4) % 1e4, Math.floor(n / 1e8) % 1e4];
  let s = '';
  let gap = false;
  for (let k = 2; k >= 0; k--) {
    const sec = secs[k] as number;
    if (sec === 0) {
      if (s) gap = true;
      continue;
    }
    if (s && (gap || sec < 1000)) s += '零';
    s += section(sec, style) + large[k];
    gap = false;
  }
  return s.startsWith('一十') ? s.slice(1) : s;
}

/** Digit by digit, as years are written: 2021 → 二〇二一. */
export function toChineseDigits(n: number): string {
  return [...String(n)].map((c) => (c === '0' ? '〇' : DIGITS[Number(c)])).join('');
}
