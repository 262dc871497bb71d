import { Fragment } from 'preact';
import { useState } from 'preact/hooks';
import type { ExportFormat } from '../../lib/export/formats';
import { t, tn } from '../../lib/i18n';
import { importResultText, type ImportResult } from '../../lib/import-text';

export interface DataCounts {
  pages: number;
  annotations: number;
}

/** The export buttons: the full JSON dump first, then the notes formats. */
const EXPORTS: { format: ExportFormat; label: string }[] = [
  { format: 'json', label: 'options_export' },
  { format: 'markdown', label: 'options_exportMarkdown' },
  { format: 'csv', label: 'options_exportCsv' },
  { format: 'w3c', label: 'options_exportW3c' },
];

/** Export (JSON, Markdown, CSV, W3C), import, delete everything (after a confirmation that names how much goes). */
export function DataSection(props: {
  counts: DataCounts | undefined;
  onExport: (format: ExportFormat) => Promise<DataCounts>;
  /** Zhuji JSON, W3C JSON-LD or Hypothesis JSON; resolves with what was imported; rejects with words saying why nothing was */
  onImport: (text: string) => Promise<ImportResult>;
  onDeleteAll: () => Promise<void>;
}) {
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const total = props.counts ? props.counts.pages + props.counts.annotations : 0;

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage('');
    setError('');
    try {
      setMessage(await work());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const exportAs = (format: ExportFormat) =>
    run(async () => {
      const c = await props.onExport(format);
      return t('options_exported', [tn('count_pages', c.pages), tn('count_annotations', c.annotations)]);
    });
  const importFile = (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    void run(async () => {
      return importResultText(await props.onImport(await file.text()));
    });
  };
  const deleteAll = () =>
    run(async () => {
      setConfirming(false);
      await props.onDeleteAll();
      return t('options_deletedAll');
    });

  return (
    <section aria-labelledby="data-title" data-testid="data">
      <h2 id="data-title">{t('options_dataTitle')}</h2>
      <p class="muted" data-testid="data-counts">
        {props.counts
          ? t('options_dataCounts', [
              tn('count_pages', props.counts.pages),
              tn('count_annotations', props.counts.annotations),
            ])
          : t('loading')}
      </p>
      <p class="buttons">
        {EXPORTS.map(({ format, label }) => (
          <Fragment key={format}>
            <button
              type="button"
              disabled={busy}
              onClick={() => exportAs(format)}
              data-testid={`export-${format}`}
            >
              {t(label)}
            </button>{' '}
          </Fragment>
        ))}
        <label class="file-button">
          {t('options_import')}{' '}
          <input
            class="visually-hidden"
            type="file"
            accept=".json,.jsonld,application/json,application/ld+json"
            disabled={busy}
            onChange={importFile}
            aria-describedby="import-hint"
            data-testid="import"
          />
        </label>{' '}
        <button
          type="button"
          class="danger"
          disabled={busy || total === 0}
          onClick={() => setConfirming(true)}
        >
          {t('options_deleteAll')}
        </button>
      </p>
      <p class="muted" id="import-hint">
        {t('options_importHint')}
      </p>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-text" data-testid="confirm">
          <p id="confirm-text">
            {t('options_deleteConfirm', [
              tn('count_items', total),
              tn('count_pages', props.counts?.pages ?? 0),
              tn('count_annotations', props.counts?.annotations ?? 0),
            ])}
          </p>
          <button type="button" class="danger" onClick={deleteAll}>
            {t('options_deleteConfirmYes', tn('count_items', total))}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t('popup_cancel')}
          </button>
        </div>
      )}
      <p role="status" class="muted">
        {message}
      </p>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
