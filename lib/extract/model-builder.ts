/**
 * Building the text model: each block's runs of kept text become segments (glosses out,
 * whitespace runs collapsed to one space), its glosses become DOM pieces, its garbled spans
 * model offsets. Used by text-model.ts.
 */
import type { Span } from '../analysis';
import { findGarbledAt } from '../text/garble';
import { glossSpans, withoutSpans } from '../text/gloss';
import { finalOffset, nodeIndexAt, nodeStarts } from './model-offsets';
import type { NodePieces, Segments, TextModel } from './text-model';

/** Runs of the characters the model collapses to one space (and drops at a block's ends). */
const SPACE_RUN = /[\t-\r \u00a0\u2000-\u200b\u2028\u2029\u3000\ufeff]+/g;

/** A line break in a whitespace run. */
const LINE_BREAK = /[\n\r\u2028\u2029]/;
/** A whitespace run inside a <pre> as the model writes it: a line break if it holds one. */
const runInListing = (run: string): string => (LINE_BREAK.test(run) ? '\n' : ' ');

/** Text with its whitespace runs collapsed, as the segments are, and none at its ends. */
function collapsed(kept: string, listing = false): string {
  const text = listing ? kept.replace(SPACE_RUN, runInListing) : kept.replace(SPACE_RUN, ' ');
  return text.replace(/^[ \n]|[ \n]$/g, '');
}

/**
 * A run of Text nodes; `raw`, when given, is their values joined (a flat string), and
 * `glosses` glossSpans(raw): [start, end, start, end …].
 */
export interface ModelText {
  nodes: Text[];
  raw?: string;
  glosses?: number[];
  /** withoutSpans(raw, glosses), when already made. */
  kept?: string;
  /** False when raw is known to hold no whitespace (then there are no runs to collapse). */
  spaced?: boolean;
  /**
   * textFacts(raw)'s whitespace at the ends and inside, when known: with none inside, the
   * block is raw[lead, length - trail) without its glosses, and no whitespace regex runs.
   */
  lead?: number;
  trail?: number;
  inner?: number;
}

export interface ModelBlock extends ModelText {
  heading: boolean;
  /** True when findGarbled(raw) is known to find nothing. */
  clean?: boolean;
  /** textFacts(raw).odd, when known (see findGarbledAt). */
  odd?: boolean;
  /**
   * A <pre>'s text: its line breaks are the page's (a reader sees each line apart), so a
   * whitespace run holding one ends a block, as the separator between blocks does.
   */
  listing?: boolean;
  /** What joins the block to the one before it: a line break unless said (table-rows.ts). */
  separator?: string;
}

/**
 * The model under construction (kept out of the generator, whose loops run slower).
 *
 * The segment and gloss arrays are sized up front from the blocks (about one segment per gloss
 * and per node, and one piece per gloss) and filled by index, then cut to length: grown by
 * push, the seven arrays would allocate about three times their final size.
 */
export class ModelBuilder {
  /** The text's pieces (sized up front too: about one per segment, and a separator per block). */
  private parts: string[];
  private partCount = 0;
  private length = 0;
  private segments: Segments;
  private segmentCount = 0;
  private blocks: TextModel['blocks'] = [];
  private glosses: NodePieces;
  private pieceCount = 0;
  private glossCount = 0;
  private garbled: Span[] = [];

  constructor(blocks: ModelText[] = [], others: (Text[] | ModelText)[] = []) {
    let segments = 0;
    let pieces = 0;
    for (let i = 0; i < blocks.length; i++) {
      const b = blocks[i] as ModelText;
      const g = (b.glosses?.length ?? 0) / 2;
      segments += g + b.nodes.length;
      pieces += g;
    }
    for (let i = 0; i < others.length; i++) {
      const o = others[i] as Text[] | ModelText;
      if (!Array.isArray(o)) pieces += (o.glosses?.length ?? 0) / 2;
    }
    this.parts = new Array<string>(segments + blocks.length);
    this.segments = {
      start: new Array<number>(segments),
      end: new Array<number>(segments),
      node: new Array<Text>(segments),
      nodeStart: new Array<number>(segments),
    };
    this.glosses = {
      node: new Array<Text>(pieces),
      start: new Array<number>(pieces),
      end: new Array<number>(pieces),
    };
  }

  private addSegment(start: number, end: number, node: Text, nodeStart: number): void {
    const k = this.segmentCount++;
    const s = this.segments;
    s.start[k] = start;
    s.end[k] = end;
    s.node[k] = node;
    s.nodeStart[k] = nodeStart;
  }

  private addPiece(node: Text, start: number, end: number): void {
    const k = this.pieceCount++;
    const p = this.glosses;
    p.node[k] = node;
    p.start[k] = start;
    p.end[k] = end;
  }

  /** The pieces of the gloss raw[start, end). */
  private piecesFor(nodes: Text[], starts: readonly number[], start: number, end: number): void {
    if (nodes.length === 1) {
      this.addPiece(nodes[0] as Text, start, end);
      return;
    }
    for (let i = start; i < end;) {
      const k = nodeIndexAt(starts, i);
      const node = nodes[k] as Text;
      const nodeEnd = (starts[k] ?? 0) + (node.nodeValue ?? '').length;
      const stop = Math.min(end, nodeEnd);
      if (stop <= i) break;
      this.addPiece(node, i - (starts[k] ?? 0), stop - (starts[k] ?? 0));
      i = stop;
    }
  }

  /** `n` characters of the text, from `node` at `nodeStart` (the text itself is added per block). */
  private push(n: number, node: Text, nodeStart: number): void {
    const { start, end, node: nodes, nodeStart: nodeStarts } = this.segments;
    const length = this.length;
    const last = this.segmentCount - 1;
    if (
      last >= 0 &&
      nodes[last] === node &&
      end[last] === length &&
      (nodeStarts[last] as number) + length - (start[last] as number) === nodeStart
    ) {
      end[last] = length + n;
    } else {
      this.addSegment(length, length + n, node, nodeStart);
    }
    this.length = length + n;
  }

  addBlocks(blocks: ModelBlock[], from: number, to: number): void {
    for (let i = from; i < to; i++) this.addBlock(blocks[i] as ModelBlock);
  }

  addBlock(block: ModelBlock): void {
    const { raw, starts } = nodeStarts(block.nodes, block.raw);
    const glosses = block.glosses ?? glossSpans(raw);
    const single = block.nodes.length === 1;
    this.glossCount += glosses.length / 2;
    if (single) {
      const node = block.nodes[0] as Text;
      for (let i = 0; i < glosses.length; i += 2)
        this.addPiece(node, glosses[i] as number, glosses[i + 1] as number);
    } else {
      for (let i = 0; i < glosses.length; i += 2)
        this.piecesFor(block.nodes, starts, glosses[i] as number, glosses[i + 1] as number);
    }
    const sep = this.blocks.length > 0 ? (block.separator ?? '\n') : '';
    if (sep) {
      this.parts[this.partCount++] = sep;
      this.length += sep.length;
    }
    const blockStart = this.length;
    const firstSegment = this.segmentCount;
    // (A <pre>'s text of several lines, when it is one.)
    let lines = '';
    // Whitespace only at the ends (textFacts says so): the block is raw[lo, hi).
    const edgesOnly =
      block.spaced === false || (block.inner === 0 && block.lead !== undefined && !block.listing);
    const lo = edgesOnly ? (block.lead ?? 0) : 0;
    const hi = edgesOnly ? raw.length - (block.trail ?? 0) : raw.length;
    // The whitespace runs: those two, or found by one regex pass; then runs of kept text are
    // copied whole.
    const spaces: number[] = [];
    if (edgesOnly) {
      if (!single && lo > 0) spaces.push(0, lo);
      if (!single && hi < raw.length) spaces.push(hi, raw.length);
    } else {
      SPACE_RUN.lastIndex = 0;
      for (let m = SPACE_RUN.exec(raw); m; m = SPACE_RUN.exec(raw))
        spaces.push(m.index, m.index + m[0].length);
    }
    if (single && (edgesOnly || !spaces.length)) {
      // The common case (one Text node, no whitespace inside): the runs between the glosses,
      // each a segment of its own (a gloss lies between two runs, and the separator before the
      // block between it and the last block), and each a piece of the text. (A gloss follows a
      // character that is not whitespace and holds none: all lie inside [lo, hi).)
      const node = block.nodes[0] as Text;
      const kept = block.kept;
      let length = this.length;
      let at = lo;
      for (let i = 0; i <= glosses.length; i += 2) {
        const stop = i < glosses.length ? (glosses[i] as number) : hi;
        if (stop > at) {
          this.addSegment(length, length + stop - at, node, at);
          if (kept === undefined) this.parts[this.partCount++] = raw.slice(at, stop);
          length += stop - at;
        }
        at = glosses[i + 1] as number;
      }
      // (kept has raw's ends: no gloss lies in them.)
      if (kept !== undefined && length > this.length)
        this.parts[this.partCount++] =
          lo || hi < raw.length ? kept.slice(lo, kept.length - (raw.length - hi)) : kept;
      this.length = length;
      if (length === blockStart) {
        if (sep) {
          this.partCount--;
          this.length -= sep.length;
        }
        return;
      }
    } else {
      this.addRuns(block.nodes, raw, starts, glosses, spaces, blockStart);
      if (this.length === blockStart) {
        if (sep) {
          this.partCount--;
          this.length -= sep.length;
        }
        return;
      }
      // The same characters as the segments: glosses out, inner whitespace runs as one space
      // (or a line break, in a <pre>), none at the ends (a gloss follows a character that is not
      // whitespace, so removing the glosses first joins no runs).
      const kept = block.kept ?? withoutSpans(raw, glosses);
      const text = spaces.length ? collapsed(kept, block.listing) : kept;
      this.parts[this.partCount++] = text;
      if (block.listing && text.includes('\n')) lines = text;
    }
    const end = this.length;
    const garbled = block.clean ? [] : findGarbledAt(raw, 3, glosses, block.odd);
    for (const g of garbled) {
      const start = finalOffset(
        this.segments,
        firstSegment,
        this.segmentCount,
        block.nodes,
        starts,
        g.start,
        end,
      );
      const stop = Math.max(
        start + 1,
        finalOffset(this.segments, firstSegment, this.segmentCount, block.nodes, starts, g.end, end),
      );
      this.garbled.push({ start, end: Math.min(stop, end) });
    }
    if (lines) this.addLines(lines, blockStart, block.heading);
    else this.blocks.push({ start: blockStart, end, heading: block.heading });
  }

  /** A <pre>'s block of several lines, as one block a line. */
  private addLines(text: string, blockStart: number, heading: boolean): void {
    let start = 0;
    for (let i = text.indexOf('\n'); i >= 0; start = i + 1, i = text.indexOf('\n', start))
      this.blocks.push({ start: blockStart + start, end: blockStart + i, heading });
    this.blocks.push({ start: blockStart + start, end: blockStart + text.length, heading });
  }

  /** Segments of a block in general: several nodes, whitespace runs to collapse. */
  private addRuns(
    nodes: Text[],
    raw: string,
    starts: readonly number[],
    glosses: number[],
    spaces: number[],
    blockStart: number,
  ): void {
    let gi = 0;
    let si = 0;
    let pending: { node: Text; at: number } | null = null;
    for (let k = 0; k < nodes.length; k++) {
      const node = nodes[k] as Text;
      const base = starts[k] ?? 0;
      const stop = k + 1 < starts.length ? (starts[k + 1] ?? raw.length) : raw.length;
      let j = base;
      while (j < stop) {
        while (gi < glosses.length && (glosses[gi + 1] as number) <= j) gi += 2;
        while (si < spaces.length && (spaces[si + 1] ?? 0) <= j) si += 2;
        const gloss = gi < glosses.length ? (glosses[gi] as number) : Infinity;
        const space = si < spaces.length ? (spaces[si] ?? 0) : Infinity;
        if (gloss <= j) {
          j = Math.min(glosses[gi + 1] as number, stop);
        } else if (space <= j) {
          if (this.length > blockStart && !pending) pending = { node, at: j - base };
          j = Math.min(spaces[si + 1] ?? 0, stop, gloss);
        } else {
          if (pending) {
            this.push(1, pending.node, pending.at);
            pending = null;
          }
          const e = Math.min(stop, gloss, space);
          this.push(e - j, node, j - base);
          j = e;
        }
      }
    }
  }

  /** Glosses of text that is not in the model (subtitle, byline …), so they can be hidden too. */
  addGlosses(text: ModelText): void {
    const { raw, starts } = nodeStarts(text.nodes, text.raw);
    const glosses = text.glosses ?? glossSpans(raw);
    this.glossCount += glosses.length / 2;
    for (let i = 0; i < glosses.length; i += 2)
      this.piecesFor(text.nodes, starts, glosses[i] as number, glosses[i + 1] as number);
  }

  /** The model, with the glosses of `others` (text not in the model: subtitle, byline …). */
  finish(others: (Text[] | ModelText)[]): TextModel {
    for (const other of others) this.addGlosses(Array.isArray(other) ? { nodes: other } : other);
    const { segments, blocks, glosses, glossCount, garbled } = this;
    // Cut the arrays sized up front to what was filled.
    this.parts.length = this.partCount;
    segments.start.length = segments.end.length = this.segmentCount;
    segments.node.length = segments.nodeStart.length = this.segmentCount;
    glosses.node.length = glosses.start.length = glosses.end.length = this.pieceCount;
    return { text: this.parts.join(''), segments, blocks, glosses, glossCount, garbled };
  }
}
