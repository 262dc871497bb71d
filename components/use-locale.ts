import { useEffect, useState } from 'preact/hooks';
import { currentLocale, htmlLang, onLocaleChange, type Locale } from '../lib/i18n';

/** The UI locale as state: a page re-renders in the new language when the setting changes. */
export function useLocale(): Locale {
  const [locale, setLocale] = useState<Locale>(currentLocale());
  useEffect(() => {
    document.documentElement.lang = htmlLang(locale);
  }, [locale]);
  useEffect(() => onLocaleChange(setLocale), []);
  return locale;
}
