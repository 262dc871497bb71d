import { NoteEditor, type EditorLabels, type EditorState } from './NoteEditor';
import { Panel, type PanelLabels, type PanelState } from './Panel';
import { Tip, type TipState } from './Tip';
import { Toolbar, type ToolbarState } from './Toolbar';

export interface PageUiState {
  tip: TipState | null;
  toolbar: ToolbarState | null;
  editor: EditorState | null;
  panel: PanelState;
}

/** The page UI with nothing shown: no tooltip, toolbar or editor, an empty unfolded panel. */
export const emptyUi = (): PageUiState => ({
  tip: null,
  toolbar: null,
  editor: null,
  panel: {
    junk: 0,
    glosses: 0,
    junkShown: false,
    glossesShown: false,
    orphans: [],
    error: null,
    folded: false,
  },
});

export interface PageUiProps {
  state: PageUiState;
  colors: string[];
  labels: PanelLabels & EditorLabels & { highlight: string; addNote: string; color: (i: number) => string };
  onHighlight: (color: number) => void;
  onNote: () => void;
  onSaveNote: (note: string, tags: string[]) => void;
  onCancelNote: () => void;
  onDeleteNote: () => void;
  onToggleJunk: () => void;
  onToggleGlosses: () => void;
  onFoldPanel: (folded: boolean) => void;
}

/** Everything Zhuji draws over a page, inside its shadow root. */
export function PageUi(props: PageUiProps) {
  const { state, labels } = props;
  return (
    <>
      {state.tip && <Tip tip={state.tip} />}
      {state.toolbar && !state.editor && (
        <Toolbar
          bar={state.toolbar}
          colors={props.colors}
          labels={{ highlight: labels.highlight, note: labels.addNote, color: labels.color }}
          onHighlight={props.onHighlight}
          onNote={props.onNote}
        />
      )}
      {state.editor && (
        <NoteEditor
          key={state.editor.id ?? 'new'}
          editor={state.editor}
          labels={labels}
          onSave={props.onSaveNote}
          onCancel={props.onCancelNote}
          onDelete={state.editor.id ? props.onDeleteNote : null}
        />
      )}
      <Panel
        panel={state.panel}
        labels={labels}
        onToggleJunk={props.onToggleJunk}
        onToggleGlosses={props.onToggleGlosses}
        onFold={props.onFoldPanel}
      />
    </>
  );
}
