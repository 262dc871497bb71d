import { useEffect, useRef, useState } from 'preact/hooks';
import type { AnnotationPatch, AnnotationRecord } from '../../lib/db/types';
import { t } from '../../lib/i18n';
import { rowText } from './TimelineRow';

/** Tags as typed: separated by commas (either width), spaces or 、; '#' optional; no duplicates. */
export function parseTags(text: string): string[] {
  const tags = text
    .split(/[,，、\s]+/)
    .map((tag) => tag.replace(/^#/, '').trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** Edits a kept item's note and tags. Escape cancels; the form reports saving errors in words. */
export function NoteEditor(props: {
  record: AnnotationRecord;
  onSave: (patch: AnnotationPatch) => Promise<void>;
  onCancel: () => void;
}) {
  const [note, setNote] = useState(props.record.note);
  const [tags, setTags] = useState(props.record.tags.join(', '));
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    setError('');
    try {
      await props.onSave({ note, tags: parseTags(tags) });
    } catch (err) {
      setError(t('popup_saveFailed', err instanceof Error ? err.message : String(err)));
      setBusy(false);
    }
  };

  return (
    <form
      class="editor"
      aria-label={t('popup_editTitle')}
      data-testid="editor"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && (e.preventDefault(), props.onCancel())}
    >
      <p class="editor-quote">{rowText(props.record)}</p>
      <label>
        {t('popup_note')}
        <textarea ref={first} rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </label>
      <label>
        {t('popup_tags')}
        <input
          type="text"
          value={tags}
          placeholder={t('popup_tagsPlaceholder')}
          onInput={(e) => setTags(e.currentTarget.value)}
        />
      </label>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div class="editor-buttons">
        <button type="submit" disabled={busy}>
          {t('popup_save')}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('popup_cancel')}
        </button>
      </div>
    </form>
  );
}
