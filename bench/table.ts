export interface BenchRow {
  section: string;
  metric: string;
  /** the measured value, in `unit` */
  value: number;
  /** the baseline measured in the same run, in the same unit (null when the row is a ratio itself) */
  baseline: number | null;
  unit: string;
  /** what the issue asks for, in words */
  target: string;
  pass: boolean;
}

const fmt = (n: number | null) =>
  n === null ? '' : n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2);

/** Renders rows as a Markdown table: value, baseline, ratio value/baseline, target, verdict. */
export function renderTable(rows: BenchRow[]): string {
  const head = ['section', 'metric', 'value', 'baseline', 'ratio', 'target', 'ok'];
  const body = rows.map((r) => [
    r.section,
    r.metric,
    `${fmt(r.value)} ${r.unit}`,
    r.baseline === null ? '' : `${fmt(r.baseline)} ${r.unit}`,
    r.baseline ? `${(r.value / r.baseline).toFixed(2)}×` : '',
    r.target,
    r.pass ? 'yes' : 'NO',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
