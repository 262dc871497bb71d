/**
 * Split a subtree into paragraphs: runs of inline text between block boundaries and <br>.
 * Each paragraph keeps its Text nodes, so the text model can map offsets back to the DOM.
 * (The walk that finds them is page-collector.ts.)
 */
import type { JunkKind } from '../analysis';
import { pageCollector } from './page-collector';

export interface Paragraph {
  /** The nearest block-level ancestor of the run. */
  container: Element;
  /** The Text nodes of the run, in document order. */
  nodes: Text[];
  /** Whitespace-normalized text. */
  text: string;
  /** The nodes' values joined, as they are (a flat string: fast to scan). */
  raw: string;
  /** Characters inside <a> elements. */
  linkChars: number;
  /** An <h1>–<h6>, or a paragraph that is only bold text (a section heading). */
  heading: boolean;
  /** Is the container a <pre> (a code listing)? */
  listing: boolean;
  /** hanziCount(text). */
  hanzi: number;
  /** punctuationCount(text). */
  punctuation: number;
  /** Does raw hold whitespace? Without, text === raw. */
  spaced: boolean;
  /** textFacts(raw): whitespace characters at the start, at the end and between. */
  lead: number;
  trail: number;
  inner: number;
  /** Does raw hold `?`, U+FFFD, a private-use character or a Latin letter between hanzi (textFacts)? */
  odd: boolean;
  /** textFacts(raw).glosses: glossSpans(raw), [start, end …] offsets into raw. */
  glosses: number[];
  /** textFacts(raw).looseClose: a `)` that ends no gloss, after a pinyin letter. */
  looseClose: boolean;
  /** textFacts(raw).strayGloss: a gloss after a character that is not a hanzi. */
  strayGloss: boolean;
  /** Count of `|` and `｜` in raw. */
  bars: number;
  /** textFacts(raw).words: the page-words kinds that may match in the text. */
  words: number;
  /** What para-text.ts and root.ts find on first use (each asked by several steps). */
  memo: ParagraphMemo;
}

/** Facts of a paragraph found on first use; undefined until then. */
export interface ParagraphMemo {
  kept: string | undefined;
  stripped: string | undefined;
  junkKind: JunkKind | null | undefined;
  keywordList: boolean | undefined;
  proseScore: number | undefined;
}

/** `tag`: the element's tagName upper-cased. */
export type Prune = (el: Element, tag: string) => boolean;
/**
 * Told of every element the walk enters (not skipped), in document order, pruned ones included;
 * `attrs`: its attributeBits (0 when it has none).
 */
export type Note = (el: Element, tag: string, attrs: number) => void;
/** Told of every element the walk skips (SKIP_TAGS, hidden), in document order. */
export type Skip = (el: Element, attrs: number) => void;

/**
 * Paragraphs under `root`, in order. `prune(el)` returning true skips the element's subtree
 * (and ends the current paragraph, as a block would).
 */
export function collectParagraphs(root: Element, prune?: Prune): Paragraph[] {
  return collectPage(root, prune).kept;
}

/**
 * One walk, two lists: `kept` skips pruned subtrees; `all` also holds the paragraphs inside
 * them, in document order (the same objects where they overlap).
 */
export function collectPage(
  root: Element,
  prune?: Prune,
  withPruned = false,
  note?: Note,
  skip?: Skip,
): { kept: Paragraph[]; all: Paragraph[] } {
  const walk = pageCollector(root, prune, withPruned, note, skip);
  walk.advance(Infinity);
  return walk;
}
