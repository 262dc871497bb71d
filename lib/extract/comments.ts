/**
 * Readers' comments under the story, inside the story's element: each opened by a line naming
 * the reader and the time (`Snowflower11 发表评论于 2019-11-24 18:51:16`), whether the walk kept
 * that line or pruned its element (div.reply).
 */
import type { BodyResult } from './blocks';
import type { Paragraph } from './paragraphs';

/** A comment's header: who, the words for commenting, and the time. */
const COMMENT_HEADER =
  /^[^\s。，！？]{1,30}\s*(?:发表评论于|發表評論於|评论于|評論於|回复于|回覆於|留言于|留言於)\s*\d{4}[-/年]/;

/** The last two characters of COMMENT_HEADER's words: 评论于, 回复于, 留言于 … */
const HEADER_ENDS = ['论于', '論於', '复于', '覆於', '言于', '言於'];

/** Does the text hold one of HEADER_ENDS? (indexOf: most paragraphs hold none, and no regex runs.) */
function hasHeaderWord(t: string): boolean {
  for (let i = 0; i < HEADER_ENDS.length; i++) if (t.indexOf(HEADER_ENDS[i] as string) >= 0) return true;
  return false;
}

/** How many headers make a list of comments (one such line may be a quote). */
const HEADERS = 2;

/**
 * The first comment's header among the page's paragraphs (`all`, in document order) inside
 * `root`, when two or more are there: its index in `all`; else -1.
 */
export function commentsFrom(all: readonly Paragraph[], root: Element): number {
  let first = -1;
  let n = 0;
  for (let i = 0; i < all.length; i++) {
    const p = all[i] as Paragraph;
    // (A header is short, and holds 论于, 复于, 言于 or their traditional forms before its time.)
    const t = p.text;
    if (t.length > 80 || !hasHeaderWord(t)) continue;
    if (!COMMENT_HEADER.test(t) || !root.contains(p.container)) continue;
    if (first < 0) first = i;
    if (++n >= HEADERS) return first;
  }
  return -1;
}

/**
 * Take the readers' comments out of the body: the blocks after the first comment's header, and
 * the metadata lines read from there.
 */
export function dropComments(body: BodyResult, all: readonly Paragraph[], root: Element): void {
  const from = commentsFrom(all, root);
  if (from < 0) return;
  const under = new Set(all.slice(from));
  const blocks = body.blocks.filter((b) => !under.has(b.paragraph));
  if (blocks.length === body.blocks.length || blocks.length === 0) return;
  body.blocks = blocks;
  const texts = new Set([...under].map((p) => p.text));
  for (let i = body.metaLines.length - 1; i >= 0; i--)
    if (texts.has(body.metaLines[i] as string)) {
      body.metaLines.splice(i, 1);
      body.metaAfter.splice(i, 1);
    }
  for (let i = 0; i < body.metaAfter.length; i++)
    body.metaAfter[i] = Math.min(body.metaAfter[i] as number, blocks.length);
}
