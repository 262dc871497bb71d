import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe } from '../lib/anchor/describe';
import { autoId } from '../lib/db/ids';
import { buildRecord } from '../lib/db/records';
import type { AnnotationRecord } from '../lib/db/types';

/** Real news sentences: the body text of every corpus page with a truth `content`. */
export function corpusSentences(root = '../shared/corpus'): string[] {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('truth.json')) {
        const content = (JSON.parse(readFileSync(path, 'utf8')) as { content?: string | null }).content ?? '';
        for (const s of content.split(/[。！？\n]/))
          if (s.trim().length >= 10 && s.trim().length <= 150) found.add(s.trim());
      }
    }
  };
  walk(root);
  return [...found];
}

/** `count` event records over 2015–2024 and 100 pages, from real sentences, as years of reading would leave. */
export function benchRecords(count: number, sentences: string[]): AnnotationRecord[] {
  let x = 1;
  const rand = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  return Array.from({ length: count }, (_, i) => {
    const text = sentences[i % sentences.length]!;
    const date = new Date(Date.UTC(2015, 0, 1) + Math.floor(rand() * 3650) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const page = `https://news${i % 100}.example/article/${Math.floor(i / 10)}`;
    return buildRecord(
      {
        kind: i % 10 < 7 ? 'event' : i % 10 < 9 ? 'highlight' : 'figure',
        selectors: describe(text, 0, text.length),
        note: i % 7 === 0 ? '值得追蹤' : '',
        tags: i % 5 === 0 ? ['工會'] : [],
        color: '',
        event: { date, dateEnd: null, precision: 'day', heading: '', marker: '' },
      },
      { id: autoId(page, 'event', date, `${text}#${i}`), page, origin: 'auto' },
      1_700_000_000_000 + i,
    );
  });
}
