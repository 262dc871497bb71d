/**
 * Pure: the stored annotations as a W3C Web Annotation AnnotationCollection (JSON-LD), the
 * format Hypothesis speaks. Each annotation targets its page's address with exactly the stored
 * selectors (TextQuoteSelector, TextPositionSelector); the note is a TextualBody (text/plain, in
 * the page's language), each tag a TextualBody with purpose "tagging". What the model has no
 * words for (the kind, an event's date and heading, a figure's value, the color, the pages'
 * metadata) rides along under `zhuji:` keys, which JSON-LD reads as absolute IRIs and other
 * tools ignore; the reverse is w3c-parse.ts.
 */
import type { AnnotationRecord, PageInput, PageRecord } from '../db/types';
import { dateRange } from './articles';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const URN = 'urn:zhuji:';

export type Motivation = 'highlighting' | 'commenting' | 'tagging' | 'describing';

export interface TextualBody {
  type: 'TextualBody';
  value: string;
  purpose: Motivation;
  format?: 'text/plain';
  language?: string;
}

export interface W3cAnnotation {
  id: string;
  type: 'Annotation';
  created: string;
  modified: string;
  motivation: Motivation;
  body?: TextualBody[];
  target: { source: string; selector: AnnotationRecord['selectors'] };
  'zhuji:kind': AnnotationRecord['kind'];
  'zhuji:color'?: string;
  'zhuji:event'?: AnnotationRecord['event'];
  'zhuji:figure'?: AnnotationRecord['figure'];
}

export interface W3cCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { id: string; type: 'Software'; name: string };
  generated: string;
  'zhuji:pages': PageInput[];
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

function motivation(a: AnnotationRecord): Motivation {
  if (a.kind === 'event' && a.origin === 'auto' && !a.note) return 'describing';
  if (a.note) return 'commenting';
  if (a.tags.length) return 'tagging';
  return a.kind === 'event' ? 'describing' : 'highlighting';
}

function bodies(a: AnnotationRecord, language: string): TextualBody[] {
  const lang = language ? { language } : {};
  const out: TextualBody[] = [];
  if (a.event) {
    const e = a.event;
    const what = [e.marker, e.heading || a.exact].filter(Boolean).join(' ');
    const value = `${dateRange(e.date, e.dateEnd)} ${what}`;
    out.push({ type: 'TextualBody', value, purpose: 'describing', format: 'text/plain', ...lang });
  }
  if (a.note)
    out.push({ type: 'TextualBody', value: a.note, purpose: 'commenting', format: 'text/plain', ...lang });
  for (const tag of a.tags) out.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return out;
}

const iso = (ms: number) => new Date(Number.isFinite(ms) ? ms : 0).toISOString();

export function toW3cAnnotation(a: AnnotationRecord, page: PageRecord | undefined): W3cAnnotation {
  const body = bodies(a, page?.language ?? '');
  return {
    id: `${URN}${a.id}`,
    type: 'Annotation',
    created: iso(a.created),
    modified: iso(a.updated),
    motivation: motivation(a),
    ...(body.length ? { body } : {}),
    target: { source: a.page, selector: a.selectors },
    'zhuji:kind': a.kind,
    ...(a.color ? { 'zhuji:color': a.color } : {}),
    ...(a.event ? { 'zhuji:event': a.event } : {}),
    ...(a.figure ? { 'zhuji:figure': a.figure } : {}),
  };
}

const pageMetadata = (p: PageRecord): PageInput => ({
  url: p.url,
  title: p.title,
  subtitle: p.subtitle,
  source: p.source,
  authors: p.authors,
  editor: p.editor,
  published: p.published,
  language: p.language,
  canonicalUrl: p.canonicalUrl,
});

/** Every annotation given, in one collection with one embedded page of items. */
export function toW3c(pages: PageRecord[], annotations: AnnotationRecord[], now: Date): W3cCollection {
  const pageOf = new Map(pages.map((p) => [p.url, p]));
  const id = `${URN}export:${now.toISOString()}`;
  const sorted = [...annotations].sort((a, b) => a.created - b.created || (a.id < b.id ? -1 : 1));
  const used = new Set(sorted.map((a) => a.page));
  return {
    '@context': ANNO_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: 'Zhuji annotations',
    total: sorted.length,
    generator: { id: 'urn:zhuji', type: 'Software', name: 'Zhuji 注記' },
    generated: now.toISOString(),
    'zhuji:pages': pages.filter((p) => used.has(p.url)).map(pageMetadata),
    first: {
      id: `${id}#page1`,
      type: 'AnnotationPage',
      startIndex: 0,
      items: sorted.map((a) => toW3cAnnotation(a, pageOf.get(a.page))),
    },
  };
}
