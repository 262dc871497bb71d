/**
 * The UI's words, from public/_locales/{en,zh_CN,zh_TW}/messages.json, in the language the
 * reader chose (the uiLanguage setting; 'browser' follows the browser's UI language).
 * browser.i18n.getMessage cannot switch languages, so the three files are bundled and looked
 * up here; a key missing in a language falls back to English, then to the key itself (a gap is
 * visible rather than blank).
 */
import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';
import zhCN from '../public/_locales/zh_CN/messages.json';
import zhTW from '../public/_locales/zh_TW/messages.json';
import { uiLanguage, type UiLanguage } from './settings';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A language the UI has words for. */
export type Locale = 'en' | 'zh-Hans' | 'zh-Hant';

const MESSAGES: Record<Locale, Messages> = { en, 'zh-Hans': zhCN, 'zh-Hant': zhTW };

/** Maps a BCP 47 tag (zh-TW, zh_HK, zh-Hant-TW, zh-CN, en-US …) to a locale Zhuji has. */
export function localeOf(tag: string): Locale {
  const t = tag.replace(/_/g, '-').toLowerCase();
  if (!t.startsWith('zh')) return 'en';
  return /hant|-(tw|hk|mo)\b/.test(t) ? 'zh-Hant' : 'zh-Hans';
}

/** The browser's UI language; in tests and odd hosts, the navigator's, else English. */
export function browserLanguage(): string {
  try {
    const lang = browser.i18n.getUILanguage();
    if (lang) return lang;
  } catch {
    // not available (unit tests, a page without the extension API)
  }
  return typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';
}

export function resolveLocale(setting: UiLanguage, browserLang = browserLanguage()): Locale {
  return setting === 'browser' ? localeOf(browserLang) : setting;
}

let active: Locale | undefined;
const listeners = new Set<(locale: Locale) => void>();

/** The locale strings come from now. */
export function currentLocale(): Locale {
  return (active ??= localeOf(browserLanguage()));
}

/** Switches the UI language (tests call it directly; pages use watchUiLanguage). */
export function setLocale(locale: Locale): void {
  if (active === locale) return;
  active = locale;
  for (const listener of listeners) listener(locale);
}

/** Listens for language changes; returns the function that stops listening. */
export function onLocaleChange(listener: (locale: Locale) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Reads the uiLanguage setting, applies it, and follows its changes. Resolves once the first
 * value is applied (render after it, so the first paint is in the right language).
 */
export async function watchUiLanguage(): Promise<() => void> {
  setLocale(resolveLocale(await uiLanguage.getValue()));
  return uiLanguage.watch((value) => setLocale(resolveLocale(value ?? 'browser')));
}

function substitute(entry: Messages[string], subs: string[]): string {
  let text = entry.message;
  if (entry.placeholders) {
    text = text.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
      const content = entry.placeholders![name.toLowerCase()]?.content;
      return content ?? whole;
    });
  }
  return text.replace(/\$(\d)|\$\$/g, (whole, n: string | undefined) =>
    n === undefined ? '$' : (subs[Number(n) - 1] ?? ''),
  );
}

/** A string in the current UI language, with $1…$9 replaced by `substitutions`. */
export function t(rawKey: string, substitutions?: string | number | (string | number)[]): string {
  // Chrome accepts only [A-Za-z0-9_] in message names: keys built from values (zh-Hans) are folded.
  const key = rawKey.replace(/[^A-Za-z0-9_]/g, '_');
  const subs = (
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions]
  ).map(String);
  const entry = (MESSAGES[currentLocale()] as Messages)[key] ?? (MESSAGES.en as Messages)[key];
  return entry ? substitute(entry, subs) : key;
}

/**
 * A count with its noun: `key_one` or `key_other` by the UI language's plural rules (English:
 * 1 page, 2 pages; Chinese has no plural and reads `_other`), the count as $1.
 */
export function tn(key: string, count: number, more: (string | number)[] = []): string {
  const rule = new Intl.PluralRules(currentLocale() === 'en' ? 'en' : 'zh').select(count);
  return t(`${key}_${rule === 'one' ? 'one' : 'other'}`, [count, ...more]);
}

/** The lang attribute for the current locale (CJK fonts differ between zh-Hans and zh-Hant). */
export function htmlLang(locale = currentLocale()): string {
  return locale === 'en' ? 'en' : locale;
}
