/**
 * Pure: the reader's notes as one Markdown document (after Obsidian Web Clipper): per article,
 * newest first, a heading with the title, a metadata line, the events as a dated list in date
 * order, the pinned figures, then the highlights and notes as blockquotes with the note and
 * #tags under them. All page-derived and reader text goes through markdown-text, so nothing in
 * it can change the document's structure or become HTML.
 */
import type { AnnotationRecord, PageRecord } from '../db/types';
import { formatFigure, type UiLang } from '../format/figure';
import { articlesWithNotes, dateRange, displayDate, eventsByDate, type ArticleNotes } from './articles';
import { mdInline, mdLines, mdLink, mdQuote, mdTag } from './markdown-text';

/** The document's own words, in the UI language (the options page passes them from _locales). */
export interface MarkdownLabels {
  /** number grouping and qualifier words of figure values */
  lang: UiLang;
  title: string;
  /** `Exported 2026-11-28` — `$1` is the date */
  exported: string;
  events: string;
  figures: string;
  marks: string;
  /** before the editor's name in the metadata line */
  editor: string;
  suspect: string;
}

export const ENGLISH_LABELS: MarkdownLabels = {
  lang: 'en',
  title: 'Zhuji notes',
  exported: 'Exported $1',
  events: 'Events',
  figures: 'Figures',
  marks: 'Highlights and notes',
  editor: 'editor',
  suspect: 'suspect (garbled text)',
};

/** The note (its own lines, indented by `indent`) and the tags, or nothing. */
function noteAndTags(a: AnnotationRecord, indent: string): string[] {
  const out = mdLines(a.note).map((l) => (l ? indent + l : ''));
  const tags = a.tags.map(mdTag).filter(Boolean).join(' ');
  if (tags) out.push(indent + tags);
  return out;
}

function metadataLine(article: ArticleNotes, labels: MarkdownLabels): string {
  const p = article.page;
  const parts = p
    ? [
        mdInline(p.source),
        p.published ? mdInline(displayDate(p.published)) : '',
        mdInline(p.authors.join('、')),
        p.editor ? `${mdInline(labels.editor)} ${mdInline(p.editor)}` : '',
      ]
    : [];
  return [...parts, mdLink(article.url)].filter(Boolean).join(' · ');
}

function eventItem(a: AnnotationRecord): string[] {
  const e = a.event!;
  const what = [e.marker, e.heading || a.exact].filter(Boolean).join(' ');
  const head = `- **${mdInline(dateRange(e.date, e.dateEnd))}** ${mdInline(what)}`;
  return [head, ...noteAndTags(a, '  ')];
}

function figureItem(a: AnnotationRecord, labels: MarkdownLabels): string[] {
  const f = a.figure!;
  const shown = formatFigure(f, labels.lang);
  const value = [shown.qualifier, shown.value].filter(Boolean).join(' ');
  const warn = f.suspect ? ` ⚠ ${mdInline(labels.suspect)}` : '';
  return [`- ${mdInline(a.exact)} — ${mdInline(value)}${warn}`, ...noteAndTags(a, '  ')];
}

function markBlock(a: AnnotationRecord): string {
  const under = noteAndTags(a, '');
  return [mdQuote(a.exact), ...(under.length ? ['', ...under] : [])].join('\n');
}

function articleSection(article: ArticleNotes, labels: MarkdownLabels): string[] {
  const title = article.page?.title || article.url;
  const blocks = [`## ${mdInline(title)}`, metadataLine(article, labels)];
  const events = eventsByDate(article.annotations);
  if (events.length)
    blocks.push(`### ${mdInline(labels.events)}`, events.flatMap((a) => eventItem(a)).join('\n'));
  const figures = article.annotations.filter((a) => a.kind === 'figure' && a.figure);
  if (figures.length)
    blocks.push(`### ${mdInline(labels.figures)}`, figures.flatMap((a) => figureItem(a, labels)).join('\n'));
  const marks = article.annotations.filter((a) => a.kind === 'highlight' || a.kind === 'note');
  if (marks.length) blocks.push(`### ${mdInline(labels.marks)}`, ...marks.map(markBlock));
  return blocks;
}

/** One Markdown document for everything given; ends with a newline. */
export function toMarkdown(
  pages: PageRecord[],
  annotations: AnnotationRecord[],
  now: Date,
  labels: MarkdownLabels = ENGLISH_LABELS,
): string {
  const blocks = [
    `# ${mdInline(labels.title)}`,
    `_${mdInline(labels.exported.replace('$1', now.toISOString().slice(0, 10)))}_`,
  ];
  for (const article of articlesWithNotes(pages, annotations))
    blocks.push(...articleSection(article, labels));
  return `${blocks.join('\n\n')}\n`;
}
