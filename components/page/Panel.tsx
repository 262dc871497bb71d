export interface PanelState {
  junk: number;
  glosses: number;
  junkShown: boolean;
  glossesShown: boolean;
  orphans: { id: string; quote: string; note: string }[];
  error: string | null;
}

export interface PanelLabels {
  junk: (n: number) => string;
  glosses: (n: number) => string;
  show: string;
  hide: string;
  orphans: (n: number) => string;
}

/** The small notice at the bottom right: what is hidden (one click shows it), orphaned notes, errors. */
export function Panel(props: {
  panel: PanelState;
  labels: PanelLabels;
  onToggleJunk: () => void;
  onToggleGlosses: () => void;
}) {
  const { panel, labels } = props;
  if (!panel.junk && !panel.glosses && !panel.orphans.length && !panel.error) return null;
  return (
    <aside class="panel" aria-label="Zhuji" data-testid="zhuji-panel">
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
