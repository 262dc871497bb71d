import { useEffect, useRef, useState } from 'preact/hooks';
import type { Box } from './place';
import { usePlaced } from './use-placed';

export interface EditorState {
  /** the highlight's last line, in page coordinates */
  anchor: Box;
  /** an existing annotation's id, or null for a new one */
  id: string | null;
  quote: string;
  note: string;
  tags: string[];
}

export interface EditorLabels {
  note: string;
  tags: string;
  save: string;
  cancel: string;
  delete: string;
}

/** Writes a note and tags for a highlight; Ctrl/Cmd+Enter saves, Escape cancels. */
export function NoteEditor(props: {
  editor: EditorState;
  labels: EditorLabels;
  onSave: (note: string, tags: string[]) => void;
  onCancel: () => void;
  onDelete: (() => void) | null;
}) {
  const { editor, labels } = props;
  const [note, setNote] = useState(editor.note);
  const [tags, setTags] = useState(editor.tags.join(', '));
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus({ preventScroll: true }), []);
  const ref = usePlaced<HTMLDivElement>(editor.anchor, { align: 'end', gap: 6 });
  const save = () =>
    props.onSave(
      note,
      tags
        .split(/[,，、\s]+/)
        .map((t) => t.trim())
        .filter(Boolean),
    );
  return (
    <div
      ref={ref}
      class="editor"
      role="dialog"
      aria-label={labels.note}
      data-testid="zhuji-editor"
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') props.onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
      }}
    >
      <div class="quote">{editor.quote}</div>
      <textarea
        ref={area}
        aria-label={labels.note}
        placeholder={labels.note}
        value={note}
        onInput={(e) => setNote(e.currentTarget.value)}
        data-testid="zhuji-note-text"
      />
      <input
        aria-label={labels.tags}
        placeholder={labels.tags}
        value={tags}
        onInput={(e) => setTags(e.currentTarget.value)}
        data-testid="zhuji-note-tags"
      />
      <div class="row">
        {props.onDelete && (
          <button onClick={props.onDelete} data-testid="zhuji-note-delete">
            {labels.delete}
          </button>
        )}
        <button onClick={props.onCancel}>{labels.cancel}</button>
        <button class="primary" onClick={save} data-testid="zhuji-note-save">
          {labels.save}
        </button>
      </div>
    </div>
  );
}
