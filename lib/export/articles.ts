/**
 * Pure: the stored records grouped per article for the text exports (Markdown, CSV): articles
 * newest first, each with its annotations in reading order. An annotation whose page record is
 * missing still gets an article (with only its address), so nothing is left out of an export.
 */
import type { AnnotationRecord, PageRecord } from '../db/types';

export interface ArticleNotes {
  url: string;
  /** the page record, or null when only annotations point at this address */
  page: PageRecord | null;
  /** in reading order (by position in the article text) */
  annotations: AnnotationRecord[];
}

/** Milliseconds of the published time, else of the last visit (0 when unknown). */
function newness(page: PageRecord | null): number {
  const published = page?.published ? Date.parse(page.published) : NaN;
  return Number.isFinite(published) ? published : (page?.lastVisit ?? 0);
}

const byPosition = (a: AnnotationRecord, b: AnnotationRecord) =>
  a.selectors[1].start - b.selectors[1].start || a.created - b.created || (a.id < b.id ? -1 : 1);

/** Articles that have at least one annotation, newest first (ties by address). */
export function articlesWithNotes(pages: PageRecord[], annotations: AnnotationRecord[]): ArticleNotes[] {
  const byUrl = new Map<string, ArticleNotes>();
  const pageOf = new Map(pages.map((p) => [p.url, p]));
  for (const a of annotations) {
    let article = byUrl.get(a.page);
    if (!article) {
      article = { url: a.page, page: pageOf.get(a.page) ?? null, annotations: [] };
      byUrl.set(a.page, article);
    }
    article.annotations.push(a);
  }
  const articles = [...byUrl.values()];
  for (const article of articles) article.annotations.sort(byPosition);
  return articles.sort((a, b) => newness(b.page) - newness(a.page) || (a.url < b.url ? -1 : 1));
}

/** Events in date order (then by end date, then reading order). */
export function eventsByDate(annotations: AnnotationRecord[]): AnnotationRecord[] {
  return annotations
    .filter((a) => a.kind === 'event' && a.event)
    .sort((a, b) => {
      const [x, y] = [a.event!, b.event!];
      if (x.date !== y.date) return x.date < y.date ? -1 : 1;
      if ((x.dateEnd ?? '') !== (y.dateEnd ?? '')) return (x.dateEnd ?? '') < (y.dateEnd ?? '') ? -1 : 1;
      return byPosition(a, b);
    });
}

/** `2021-07-29`, `2021-07-29 09:30`, `2021-07`: an ISO date or date-time prefix shown for people. */
export function displayDate(iso: string): string {
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T(\d{2}(?::\d{2})?))?/.exec(iso);
  if (!m) return iso;
  const time = m[2] ? (m[2].length === 2 ? `${m[2]}:00` : m[2]) : '';
  return time ? `${m[1]} ${time}` : m[1]!;
}

/** `2021-10-14 – 2021-10-16`, or one date. */
export function dateRange(date: string, dateEnd: string | null): string {
  return dateEnd && dateEnd !== date ? `${displayDate(date)} – ${displayDate(dateEnd)}` : displayDate(date);
}
