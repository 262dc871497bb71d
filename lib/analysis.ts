/**
 * The shape of an analysis: plain JSON, shared by the CLI (`analyze --json`), the content
 * script, storage and export. Every span is a pair of UTF-16 offsets into `text`.
 */
export interface Span {
  start: number;
  end: number;
}

export type Precision = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

export interface Figure extends Span {
  /** The phrase as it stands in the text, e.g. `328.13萬人`. */
  text: string;
  /** The plain number: 3281300 for 328.13萬人; 97.5 for 97.5%. */
  value: number;
  /** Upper end of a range (`3萬至5萬人`), else null. */
  max: number | null;
  /** Measure word or unit after the number (`人`, `元`, `%`), else null. */
  unit: string | null;
  /** 近, 約, 逾, 余, 以上 … else null. */
  qualifier: string | null;
  /** Inside or touching a garbled span: the number may be wrong. */
  suspect: boolean;
}

export interface Event extends Span {
  /** ISO date, to the given precision: `2021-07-29`, `2021-06`, `2021`. */
  date: string;
  /**
   * End date of a range (`10月14日至16日` → `2021-10-16`), else null. (Named `dateEnd` because
   * `end`, as in every span, is the offset where the event's text ends.)
   */
  dateEnd: string | null;
  precision: Precision;
  /** The heading of a marked section, else ''. */
  heading: string;
  /** `【事件1】`, `一、` … else ''. */
  marker: string;
  /** The sentence or clause that reports the happening. */
  text: string;
}

export interface Metadata {
  title: string;
  subtitle: string;
  /** ISO 8601 with offset, to the precision the page gives; '' when unknown. */
  published: string;
  source: string;
  authors: string[];
  editor: string;
  language: 'zh-Hans' | 'zh-Hant' | '';
  canonicalUrl: string;
}

export type JunkKind =
  | 'keyword-list'
  | 'share-bar'
  | 'related-links'
  | 'font-size'
  | 'mobile-banner'
  | 'navigation'
  | 'copyright'
  | 'comments'
  | 'ad'
  | 'other';

export interface Junk {
  kind: JunkKind;
  /** A short excerpt of the block's text. */
  text: string;
}

export interface Analysis {
  isArticle: boolean;
  confidence: number;
  metadata: Metadata;
  /** The article body: paragraphs separated by \n, pinyin glosses removed. */
  text: string;
  figures: Figure[];
  events: Event[];
  junk: Junk[];
  /** How many inline pinyin glosses were found (and removed from `text`). */
  glosses: number;
  /** How many garbled spans were found. */
  garbled: number;
}
