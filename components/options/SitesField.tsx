import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';

/** A host name from what the reader typed: an address or a bare host; null if neither. */
export function hostFrom(input: string): string | null {
  const s = input.trim();
  if (!s) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `https://${s}`);
    const host = url.hostname.toLowerCase();
    return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : host === 'localhost' ? host : null;
  } catch {
    return null;
  }
}

/** The sites where Zhuji stays off: a list with Remove buttons, and a field to add one. */
export function SitesField(props: { sites: readonly string[]; onChange: (sites: string[]) => void }) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const add = (e: Event) => {
    e.preventDefault();
    const host = hostFrom(draft);
    if (!host) {
      setError(t('options_siteInvalid', draft.trim()));
      return;
    }
    setError('');
    setDraft('');
    if (!props.sites.includes(host)) props.onChange([...props.sites, host].sort());
  };
  return (
    <fieldset data-testid="sites">
      <legend>{t('options_sitesLegend')}</legend>
      <p class="muted">{t('options_sitesHelp')}</p>
      {props.sites.length === 0 ? (
        <p class="muted">{t('options_sitesNone')}</p>
      ) : (
        <ul class="sites">
          {props.sites.map((site) => (
            <li key={site}>
              <span>{site}</span>{' '}
              <button
                type="button"
                aria-label={t('options_siteRemoveLabel', site)}
                onClick={() => props.onChange(props.sites.filter((s) => s !== site))}
              >
                {t('options_siteRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline" onSubmit={add}>
        <label>
          {t('options_siteAddLabel')}{' '}
          <input
            type="text"
            value={draft}
            placeholder="news.example.com"
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </label>{' '}
        <button type="submit">{t('options_siteAdd')}</button>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
