import type { PageState, PageSwitches } from '../../lib/messaging';
import { t, type Locale } from '../../lib/i18n';
import { formatDate } from './format';

export type PageView =
  | { status: 'loading' }
  /** notWeb: not an http(s) tab; noAnswer: no content script there; error: it answered with an error */
  | { status: 'unavailable'; reason: 'notWeb' | 'noAnswer' | 'error'; detail?: string }
  | { status: 'ok'; state: PageState };

type Script = PageSwitches['script'];

/** The "This page" card: what Zhuji found on the active tab, and its switches there. */
export function PageCard(props: {
  view: PageView;
  locale: Locale;
  /** host name of the active tab, when the popup may know it */
  site: string | null;
  siteOff: boolean;
  /** which Traditional the 繁體 switch means (from the script setting) */
  hant: 'hant-tw' | 'hant-hk';
  error: string;
  onSwitches: (patch: Partial<PageSwitches>) => void;
  onAnnotateAnyway: () => void;
  onSiteOff: (off: boolean) => void;
}) {
  const { view } = props;
  return (
    <section class="card" aria-labelledby="page-card-title" data-testid="page-card">
      <div class="card-head">
        <h2 id="page-card-title">{t('popup_thisPage')}</h2>
        {props.site && (
          <button
            type="button"
            class="link"
            data-testid="site-off"
            onClick={() => props.onSiteOff(!props.siteOff)}
          >
            {props.siteOff ? t('popup_siteOn') : t('popup_siteOff', props.site)}
          </button>
        )}
      </div>
      {props.site && props.siteOff && <p class="muted">{t('popup_siteIsOff', props.site)}</p>}
      {view.status === 'loading' && <p class="muted">{t('popup_pageLoading')}</p>}
      {view.status === 'unavailable' && (
        <p class="muted" data-testid="page-unavailable">
          {t(`popup_page_${view.reason}`, view.detail ?? '')}
        </p>
      )}
      {view.status === 'ok' && !props.siteOff && <PageBody {...props} state={view.state} />}
      {props.error && (
        <p class="error" role="alert">
          {props.error}
        </p>
      )}
    </section>
  );
}

function PageBody(props: Parameters<typeof PageCard>[0] & { state: PageState }) {
  const { state, locale } = props;
  if (!state.isArticle) {
    return (
      <div data-testid="not-article">
        <p class="muted">{t('popup_notArticle')}</p>
        <button type="button" onClick={props.onAnnotateAnyway}>
          {t('popup_annotateAnyway')}
        </button>
      </div>
    );
  }
  const m = state.metadata;
  const byline = [
    m?.source,
    m?.published ? formatDate(m.published, locale) : '',
    m?.authors.length ? t('popup_reporters', m.authors.join(locale === 'en' ? ', ' : '、')) : '',
  ].filter(Boolean);
  const c = state.counts;
  const counts = (['events', 'figures', 'highlights', 'junk', 'glosses'] as const).map((key) => ({
    key,
    text: t(`popup_count_${key}`, c[key]),
  }));
  const sw = state.switches;
  const scripts: { value: Script; label: string }[] = [
    { value: 'original', label: t('popup_script_original') },
    { value: 'hans', label: t('popup_script_hans') },
    { value: props.hant, label: t('popup_script_hant') },
  ];
  const current = sw.script === 'hant-tw' || sw.script === 'hant-hk' ? props.hant : sw.script;
  return (
    <div data-testid="article">
      {m?.title && (
        <p class="page-title line" title={m.title}>
          {m.title}
        </p>
      )}
      {byline.length > 0 && <p class="muted line">{byline.join(' · ')}</p>}
      <ul class="counts" data-testid="counts">
        {c.orphaned > 0 && (
          <li class="orphaned" data-testid="count-orphaned">
            <span aria-hidden="true">⚠ </span>
            {t('popup_count_orphaned', c.orphaned)}
          </li>
        )}
        {counts.map(({ key, text }) => (
          <li key={key}>{text}</li>
        ))}
      </ul>
      <div class="controls">
        {(['highlights', 'hideJunk', 'hideGlosses'] as const).map((key) => (
          <label key={key} class="chip" title={t(`popup_switchHint_${key}`)}>
            <input
              type="checkbox"
              checked={sw[key]}
              onChange={(e) => props.onSwitches({ [key]: e.currentTarget.checked })}
            />{' '}
            {t(`popup_switch_${key}`)}
          </label>
        ))}
        <fieldset class="segmented">
          <legend>{t('popup_scriptLegend')}</legend>
          {scripts.map((s) => (
            <label key={s.value}>
              <input
                type="radio"
                name="page-script"
                value={s.value}
                checked={current === s.value}
                onChange={() => props.onSwitches({ script: s.value })}
              />
              <span>{s.label}</span>
            </label>
          ))}
        </fieldset>
      </div>
    </div>
  );
}
