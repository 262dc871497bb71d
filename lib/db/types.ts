/** What a content script reports about a page it ran on. */
export interface PageSeen {
  url: string;
  title: string;
}

/** A page the reader has visited, keyed by its normalized URL. */
export interface PageRecord {
  url: string;
  title: string;
  firstVisit: number;
  lastVisit: number;
  visits: number;
}
