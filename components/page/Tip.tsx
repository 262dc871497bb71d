export interface TipState {
  /** page coordinates of the anchor's bottom-left */
  x: number;
  y: number;
  title: string;
  lines: string[];
  warning?: string;
}

/** The tooltip of a figure or an event (text only; never HTML). */
export function Tip({ tip }: { tip: TipState }) {
  return (
    <div
      class="tip"
      role="tooltip"
      data-testid="zhuji-tip"
      style={{ left: `${tip.x}px`, top: `${tip.y + 4}px` }}
    >
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
