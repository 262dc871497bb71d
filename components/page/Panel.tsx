export interface PanelState {
  junk: number;
  glosses: number;
  junkShown: boolean;
  glossesShown: boolean;
  orphans: { id: string; quote: string; note: string }[];
  error: string | null;
  /** folded to a small tab at the window's edge (the reader's choice, kept for the page) */
  folded: boolean;
}

export interface PanelLabels {
  junk: (n: number) => string;
  glosses: (n: number) => string;
  show: string;
  hide: string;
  orphans: (n: number) => string;
  /** the fold button's accessible name, and the folded tab's text and name */
  fold: string;
  tab: string;
  unfold: string;
}

/**
 * The small notice at the bottom right: what is hidden (one click shows it), orphaned notes,
 * errors. It folds to a small tab at the window's edge; unfolded, only its controls take the
 * pointer, so a highlight under its text can still be hovered.
 */
export function Panel(props: {
  panel: PanelState;
  labels: PanelLabels;
  onToggleJunk: () => void;
  onToggleGlosses: () => void;
  onFold: (folded: boolean) => void;
}) {
  const { panel, labels } = props;
  if (!panel.junk && !panel.glosses && !panel.orphans.length && !panel.error) return null;
  if (panel.folded) {
    return (
      <button
        class={`panel-tab${panel.orphans.length || panel.error ? ' alert' : ''}`}
        aria-expanded="false"
        aria-label={labels.unfold}
        title={labels.unfold}
        data-testid="zhuji-panel-tab"
        onClick={() => props.onFold(false)}
      >
        {labels.tab}
        {panel.orphans.length > 0 && ` ⚠ ${panel.orphans.length}`}
      </button>
    );
  }
  return (
    <aside class="panel" aria-label="Zhuji" data-testid="zhuji-panel">
      <button
        class="fold"
        aria-expanded="true"
        aria-label={labels.fold}
        title={labels.fold}
        data-testid="zhuji-panel-fold"
        onClick={() => props.onFold(true)}
      >
        ⌄
      </button>
      {panel.junk > 0 && (
        <div class="line">
          <span>{labels.junk(panel.junk)}</span>·
          <button onClick={props.onToggleJunk} data-testid="zhuji-toggle-junk" aria-pressed={panel.junkShown}>
            {panel.junkShown ? labels.hide : labels.show}
          </button>
        </div>
      )}
      {panel.glosses > 0 && (
        <div class="line">
          <span>{labels.glosses(panel.glosses)}</span>·
          <button
            onClick={props.onToggleGlosses}
            data-testid="zhuji-toggle-glosses"
            aria-pressed={panel.glossesShown}
          >
            {panel.glossesShown ? labels.hide : labels.show}
          </button>
        </div>
      )}
      {panel.orphans.length > 0 && (
        <details data-testid="zhuji-orphans">
          <summary>{labels.orphans(panel.orphans.length)}</summary>
          <ul class="orphans">
            {panel.orphans.map((o) => (
              <li key={o.id}>
                「{o.quote}」{o.note && ` — ${o.note}`}
              </li>
            ))}
          </ul>
        </details>
      )}
      {panel.error && (
        <div class="error" role="alert">
          {panel.error}
        </div>
      )}
    </aside>
  );
}
