import { browser } from 'wxt/browser';

/** A string from _locales; the key itself if missing, so a gap is visible rather than blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key as never, substitutions) || key;
}
