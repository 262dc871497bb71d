import type { Precision } from '../analysis';
import type { Selectors } from '../anchor/types';

/** What a content script reports about a page it ran on (also: the page part of every save). */
export interface PageInput {
  url: string;
  title: string;
  subtitle: string;
  source: string;
  authors: string[];
  editor: string;
  /** ISO 8601 or ''. */
  published: string;
  language: 'zh-Hans' | 'zh-Hant' | '';
  canonicalUrl: string;
}

/** A page the reader has read, keyed by its normalized URL. */
export interface PageRecord extends PageInput {
  /** host name, for the popup's site filter */
  site: string;
  firstVisit: number;
  lastVisit: number;
  visits: number;
}

export type AnnotationKind = 'event' | 'figure' | 'highlight' | 'note';

export interface EventFields {
  date: string;
  dateEnd: string | null;
  precision: Precision;
  heading: string;
  marker: string;
}

export interface FigureFields {
  value: number;
  max: number | null;
  unit: string | null;
  qualifier: string | null;
  suspect: boolean;
}

/** What a save carries from the page: where it is and what the reader wrote. */
export interface AnnotationInput {
  kind: AnnotationKind;
  selectors: Selectors;
  note: string;
  tags: string[];
  color: string;
  event?: EventFields;
  figure?: FigureFields;
}

export interface AnnotationRecord extends AnnotationInput {
  id: string;
  /** normalized URL of the page */
  page: string;
  /** 'auto' = collected from the analysis; 'reader' = made by the reader */
  origin: 'auto' | 'reader';
  /** the quoted text, for display and export */
  exact: string;
  /** Simplified, lower-case search form of text + note + tags + heading (indexed in `searchText`) */
  search: string;
  /** event date, copied up for the date index ('' for other kinds) */
  date: string;
  /** the reader changed it: a re-analysis must leave it alone */
  edited: boolean;
  created: number;
  updated: number;
}

/** A deletion the reader made: a re-analysis must not bring the item back. */
export interface Tombstone {
  id: string;
  page: string;
  deleted: number;
}

export interface AnnotationPatch {
  note?: string;
  tags?: string[];
  color?: string;
}
