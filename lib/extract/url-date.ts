/**
 * The day a news address carries in its path, as most Chinese news sites write it:
 * `/2024-05/20/`, `/2024-05-20/`, `/2024/05-20/`, `/2024/0520/`, `/20240520/`, `/2024/05/20/`,
 * `t20240520_`. The published time's last resort: the page shows none. (A month alone, `/202405/`,
 * is not read: relative days in the story, 昨天, would be read against the month's first.)
 * And the day that closes the page's title (dayFromTitle).
 */
import { findDates } from './dates';

/** Year, month and day in the shapes paths write them, each closed by a separator. */
const DAY_PATTERNS: RegExp[] = [
  // /2024-05/20/, /2024-05-20/, /2024/05-20/, /2024/05/20/, /2024_05_20/
  /\/((?:19|20)\d\d)[-/_](0[1-9]|1[0-2])[-/_](0[1-9]|[12]\d|3[01])(?=[/._-])/,
  // /2024/0520/, /20240520/, t20240520_, /202405/20/
  /[/t]((?:19|20)\d\d)\/?(0[1-9]|1[0-2])\/?(0[1-9]|[12]\d|3[01])(?=[/._-])/,
];

/**
 * The day in the address's path (not its host or query), YYYY-MM-DD, or ''. A date
 * after `notAfter` (ms since the epoch, with a day of slack: when the page was seen) is no
 * publication date.
 */
export function dateFromUrl(url: string, notAfter = Infinity): string {
  let path: string;
  try {
    // (A relative address, as a canonical link may be, has the same path on any host.)
    path = new URL(url, 'http://localhost/').pathname;
  } catch {
    return '';
  }
  for (const re of DAY_PATTERNS) {
    const m = re.exec(path);
    const day = m ? dayOf(m[1], m[2], m[3], notAfter) : '';
    if (day) return day;
  }
  return '';
}

/**
 * YYYY-MM-DD of a year, month and day a pattern read, or '' when there is no such day (findDates
 * checks it: 2024-02-30 is none) or it falls after `notAfter`, with a day of slack.
 */
function dayOf(y = '', m = '', d = '', notAfter: number): string {
  const day = findDates(`${y}-${m}-${d}`)[0]?.iso;
  return day && Date.parse(day) <= notAfter + 86_400_000 ? day : '';
}

/**
 * The day in the canonical address, or else in the page's (`urls`, either may be empty), or ''.
 */
export function dayFromUrls(urls: (string | undefined)[], notAfter = Infinity): string {
  for (const url of urls) {
    const day = url ? dateFromUrl(url, notAfter) : '';
    if (day) return day;
  }
  return '';
}

/** A day that closes the page's title, as print editions put it there (…-20120517, … 2012-05-17). */
const TITLE_DAY = /(?:^|[-_|｜\s–—])((?:19|20)\d\d)([-/.]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])\s*$/;

/** The day that closes `title`, YYYY-MM-DD, or '' (none, or after `notAfter` as dateFromUrl). */
export function dayFromTitle(title: string, notAfter = Infinity): string {
  const m = TITLE_DAY.exec(title);
  return m ? dayOf(m[1], m[3], m[4], notAfter) : '';
}

/** How long a line may be that shows the page's one time on its day (a breadcrumb with the time). */
const TIME_LINE_MAX = 60;

/**
 * The day `day` (YYYY-MM-DD) to the minute, where the page shows one time on it and one only, in a
 * short line (`ETtoday ＞ 論壇 2014年12月10日 00:01` above the headline); else `day`. `lines`: the
 * page's paragraphs' texts. (Several times on that day are a list's: none is the story's.)
 */
export function timeOfDay(day: string, lines: readonly string[]): string {
  if (day.length !== 10) return day;
  let found = '';
  for (const line of lines) {
    if (line.length > TIME_LINE_MAX || !/\d[:：]\d\d/.test(line)) continue;
    for (const d of findDates(line)) {
      if (!d.iso.startsWith(day) || d.iso.length <= 10) continue;
      const minute = d.iso.slice(0, 16);
      if (found && found.slice(0, 16) !== minute) return day;
      found = d.iso;
    }
  }
  return found || day;
}
