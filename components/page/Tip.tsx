import type { Box } from './place';
import { usePlaced } from './use-placed';

export interface TipState {
  /** the figure's or event's first line, in page coordinates */
  anchor: Box;
  title: string;
  lines: string[];
  warning?: string;
}

/** The tooltip of a figure or an event (text only; never HTML). */
export function Tip({ tip }: { tip: TipState }) {
  const ref = usePlaced<HTMLDivElement>(tip.anchor, { align: 'start', gap: 4 });
  return (
    <div ref={ref} class="tip" role="tooltip" data-testid="zhuji-tip">
      <div class="value">{tip.title}</div>
      {tip.lines.map((line, i) => (
        <div class="muted" key={i}>
          {line}
        </div>
      ))}
      {tip.warning && <div class="warn">⚠ {tip.warning}</div>}
    </div>
  );
}
