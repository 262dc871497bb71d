import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { PageCard } from '../../components/popup/PageCard';
import { NoteEditor } from '../../components/popup/NoteEditor';
import { SearchFilters, type SiteChoice } from '../../components/popup/SearchFilters';
import { Tabs } from '../../components/popup/Tabs';
import { Timeline } from '../../components/popup/Timeline';
import { rowText } from '../../components/popup/TimelineRow';
import {
  countByTab,
  filterRecords,
  groupItems,
  hasFilters,
  NO_FILTERS,
  sortRecords,
  type Filters,
  type Order,
  type Tab,
} from '../../components/popup/timeline-items';
import { UndoBar } from '../../components/popup/UndoBar';
import { StatusLine, type Status } from '../../components/StatusLine';
import { useLocale } from '../../components/use-locale';
import { useSetting } from '../../components/use-setting';
import type { AnnotationPatch, AnnotationRecord, PageRecord } from '../../lib/db/types';
import { t } from '../../lib/i18n';
import { errorText } from '../../lib/messaging';
import { scriptShown, sitesOff } from '../../lib/settings';
import { foldForm } from '../../lib/text/fold';
import type { PopupDeps } from './deps';
import { EmptyState } from './EmptyState';
import { openRecord } from './open-record';
import { usePageState } from './use-page-state';
import { useRecords, type Records } from './use-records';
import { useSearchForm } from './use-search-form';

export function App(props: { deps: PopupDeps; initial?: Records | null }) {
  const { deps } = props;
  const locale = useLocale();
  const [status, setStatus] = useState<Status>({ state: 'checking' });
  const [order, setOrder] = useState<Order>('newest');
  const [tab, setTab] = useState<Tab>('events');
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [editing, setEditing] = useState<AnnotationRecord | null>(null);
  const [deleted, setDeleted] = useState<AnnotationRecord | null>(null);
  const [actionError, setActionError] = useState('');
  const data = useRecords(deps.db, props.initial);
  const page = usePageState(deps);
  const [offSites = [], setOffSites] = useSetting(sitesOff);
  const [script] = useSetting(scriptShown);
  const toForm = useSearchForm(query);

  useEffect(() => {
    deps.request('ping', null).then(
      (info) => setStatus({ state: 'ok', version: info.version }),
      (error: unknown) => setStatus({ state: 'error', error: errorText(error) }),
    );
  }, [deps]);

  // Until the Traditional → Simplified tables arrive, a same-script match (the stored search
  // text is already Simplified, NFKC, lower case): never the whole unfiltered list.
  const form = !query.trim() ? '' : toForm ? toForm(query) : foldForm(query);
  const searching = !!query.trim();
  const sorted = useMemo(() => (data.records ? sortRecords(data.records, order) : []), [data.records, order]);
  // Every tab's matches (for the counts in the tab labels), then the current tab's.
  const matches = useMemo(
    () =>
      searching || hasFilters(filters) ? filterRecords(sorted, data.pages, 'all', form, filters) : sorted,
    [sorted, data.pages, form, filters, searching],
  );
  const counts = useMemo(() => (searching || hasFilters(filters) ? countByTab(matches) : null), [matches]);
  const items = useMemo(
    () => groupItems(filterRecords(matches, data.pages, tab, '', NO_FILTERS), data.pages),
    [matches, data.pages, tab],
  );
  const sites = useMemo(() => siteChoices(data.pages), [data.pages]);
  const tags = useMemo(() => tagList(data.records ?? []), [data.records]);

  const open = useCallback(
    (record: AnnotationRecord) => {
      setActionError('');
      openRecord(deps, record).catch((e: unknown) => setActionError(t('popup_openFailed', errorText(e))));
    },
    [deps],
  );
  const remove = useCallback(
    async (record: AnnotationRecord) => {
      setActionError('');
      try {
        setDeleted(await deps.request('deleteAnnotation', { id: record.id }));
      } catch (e) {
        setActionError(t('popup_deleteFailed', errorText(e)));
      }
    },
    [deps],
  );
  const undo = useCallback(async () => {
    if (!deleted) return;
    setDeleted(null);
    try {
      await deps.request('restoreAnnotation', { record: deleted });
    } catch (e) {
      setActionError(t('popup_undoFailed', errorText(e)));
    }
  }, [deps, deleted]);
  const dismiss = useCallback(() => setDeleted(null), []);
  // Back to the row once the editor closes, so the keyboard stays where the reader was.
  const closeEditor = () => {
    const id = editing?.id;
    setEditing(null);
    if (id)
      requestAnimationFrame(() =>
        document.querySelector(`[data-id="${id}"]`)?.closest<HTMLElement>('.vitem')?.focus(),
      );
  };
  const save = async (patch: AnnotationPatch) => {
    if (!editing) return;
    await deps.request('updateAnnotation', { id: editing.id, patch });
    closeEditor();
  };

  const siteOff =
    !!page.site && (offSites.includes(page.site) || (page.view.status === 'ok' && page.view.state.siteOff));
  const toggleSite = (off: boolean) => {
    if (!page.site) return;
    const rest = offSites.filter((s) => s !== page.site);
    void setOffSites(off ? [...rest, page.site] : rest);
  };

  const loading = data.records === undefined;
  const panelLabel = t(`popup_tab_${tab}`);
  return (
    <main class="popup">
      <header class="top">
        <h1>{t('extName')}</h1>
        <button type="button" class="link" onClick={() => void deps.openOptions()}>
          {t('popup_settings')}
        </button>
      </header>
      <PageCard
        view={page.view}
        locale={locale}
        site={page.site}
        siteOff={siteOff}
        hant={script === 'hant-hk' ? 'hant-hk' : 'hant-tw'}
        error={page.error}
        onSwitches={page.setSwitches}
        onAnnotateAnyway={page.annotateAnyway}
        onSiteOff={toggleSite}
      />
      <section class="kept" aria-labelledby="kept-title">
        <h2 id="kept-title">{t('popup_collected')}</h2>
        <SearchFilters
          query={query}
          onQuery={setQuery}
          order={order}
          onOrder={setOrder}
          filters={filters}
          onFilters={setFilters}
          sites={sites}
          tags={tags}
        />
        <Tabs value={tab} counts={counts} onChange={setTab} panelId="kept-panel" />
        <div
          id="kept-panel"
          role="tabpanel"
          aria-labelledby={`tab-${tab}`}
          class="panel"
          data-state={loading ? 'loading' : data.partial ? 'partial' : 'complete'}
          data-search={toForm ? 'ready' : 'loading'}
        >
          {data.error && (
            <p class="error" role="alert">
              {t('popup_dbError', data.error)}
            </p>
          )}
          {actionError && (
            <p class="error" role="alert">
              {actionError}
            </p>
          )}
          {editing && <NoteEditor key={editing.id} record={editing} onSave={save} onCancel={closeEditor} />}
          {loading && !data.error && <p class="muted">{t('loading')}</p>}
          {!loading && items.length === 0 && (
            <EmptyState
              nothingKept={(data.records?.length ?? 0) === 0}
              tab={tab}
              query={query}
              filtered={hasFilters(filters)}
              pending={searching && !toForm}
            />
          )}
          {!loading && items.length > 0 && (
            <Timeline
              items={items}
              locale={locale}
              label={panelLabel}
              onOpen={open}
              onEdit={setEditing}
              onDelete={remove}
              orphanIds={page.view.status === 'ok' ? page.view.state.orphanIds : undefined}
            />
          )}
        </div>
      </section>
      <UndoBar text={deleted ? rowText(deleted) : null} onUndo={undo} onDismiss={dismiss} />
      <StatusLine
        status={status}
        labels={{ checking: t('statusChecking'), ok: t('statusOk'), error: t('statusError') }}
      />
    </main>
  );
}

function siteChoices(pages: ReadonlyMap<string, PageRecord>): SiteChoice[] {
  const bySite = new Map<string, string>();
  for (const p of pages.values()) if (!bySite.has(p.site) || p.source) bySite.set(p.site, p.source || p.site);
  return [...bySite]
    .map(([site, name]) => ({ site, label: name === site ? site : `${name} (${site})` }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

function tagList(records: readonly AnnotationRecord[]): string[] {
  const tags = new Set<string>();
  for (const r of records) for (const tag of r.tags) tags.add(tag);
  return [...tags].sort();
}
