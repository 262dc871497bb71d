import type { Figure } from '../analysis';

export type UiLang = 'zh-Hans' | 'zh-Hant' | 'en';

const QUALIFIER_EN: Record<string, string> = {
  近: 'nearly',
  將近: 'nearly',
  将近: 'nearly',
  約: 'about',
  约: 'about',
  大約: 'about',
  大约: 'about',
  逾: 'more than',
  超過: 'more than',
  超过: 'more than',
  超: 'more than',
  突破: 'surpassing',
  多: 'over',
  餘: 'over',
  余: 'over',
  以上: 'or more',
  以下: 'or less',
  左右: 'around',
  上下: 'around',
  不到: 'under',
  至少: 'at least',
};

const locale = (lang: UiLang) =>
  lang === 'zh-Hant' ? 'zh-Hant-TW' : lang === 'zh-Hans' ? 'zh-Hans-CN' : 'en-US';

/** `3,281,300` in the UI language's grouping. */
export function plain(value: number, lang: UiLang): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 4 }).format(value);
}

/** `328.13萬` / `328.13万` / `3.28M`: the compact form readers of each language cite. */
export function compact(value: number, lang: UiLang): string {
  return new Intl.NumberFormat(locale(lang), { notation: 'compact', maximumFractionDigits: 2 }).format(value);
}

export interface FigureText {
  /** `3,281,300 人 (328.13萬)`, `97.5%`, `1,000 – 1,500 元` */
  value: string;
  /** `近` / `nearly (近)`, or '' */
  qualifier: string;
  unit: string;
}

export function formatFigure(
  f: Pick<Figure, 'value' | 'max' | 'unit' | 'qualifier'>,
  lang: UiLang,
): FigureText {
  const unit = f.unit ?? '';
  const percent = unit === '%' || unit === '％';
  const one = (v: number) => (percent ? `${plain(v, lang)}%` : plain(v, lang));
  let value = f.max !== null && f.max !== f.value ? `${one(f.value)} – ${one(f.max)}` : one(f.value);
  if (!percent && unit) value += ` ${unit}`;
  if (!percent && Math.abs(f.value) >= 10_000) value += ` (${compact(f.value, lang)})`;
  const q = f.qualifier ?? '';
  const qualifier = !q ? '' : lang === 'en' ? `${QUALIFIER_EN[q] ?? q} (${q})` : q;
  return { value, qualifier, unit };
}
