/** The export formats: file extension and MIME type of each. */
export const EXPORT_FORMATS = {
  json: { extension: 'json', mime: 'application/json' },
  markdown: { extension: 'md', mime: 'text/markdown;charset=utf-8' },
  csv: { extension: 'csv', mime: 'text/csv;charset=utf-8' },
  w3c: { extension: 'jsonld', mime: 'application/ld+json' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** `zhuji-2026-11-28.md`: the file name for an export made at `now`. */
export function exportFileName(format: ExportFormat, now: Date): string {
  return `zhuji-${now.toISOString().slice(0, 10)}.${EXPORT_FORMATS[format].extension}`;
}
