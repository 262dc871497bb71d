import type { Box } from './place';
import { usePlaced } from './use-placed';

export interface ToolbarState {
  /** the selection's last line, in page coordinates */
  anchor: Box;
}

/** Shown for a text selection in the article: highlight in a color, or add a note. */
export function Toolbar(props: {
  bar: ToolbarState;
  colors: string[];
  labels: { highlight: string; note: string; color: (i: number) => string };
  onHighlight: (color: number) => void;
  onNote: () => void;
}) {
  const { bar, colors, labels } = props;
  const ref = usePlaced<HTMLDivElement>(bar.anchor, { align: 'end', gap: 6 });
  return (
    <div
      ref={ref}
      class="bar"
      role="toolbar"
      aria-label={labels.highlight}
      data-testid="zhuji-toolbar"
      onMouseDown={(e) => e.preventDefault() /* keep the page's selection */}
    >
      {colors.map((color, i) => (
        <button
          key={color}
          class="swatch"
          style={{ background: color }}
          title={labels.color(i)}
          aria-label={labels.color(i)}
          data-testid={`zhuji-color-${i}`}
          onClick={() => props.onHighlight(i)}
        />
      ))}
      <button data-testid="zhuji-note" onClick={props.onNote}>
        {labels.note}
      </button>
    </div>
  );
}
