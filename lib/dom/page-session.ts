import type { Event, Figure, Span } from '../analysis';
import type { AnalysisWithModel } from '../analyze';
import { rangeFor } from '../extract/text-model';
import { glossJob, strayGlossJob, type GlossJob } from './glosses';
import { createHighlighter, type Highlighter } from './highlighter';
import { markJunk } from './junk';
import { insertDateChips } from './date-chips';
import { caretAt, modelOffset } from './position';
import { ScriptView, type ConvertTexts, type ScriptShown } from './script-view';
import { yieldToPage } from './slices';
import { SpanIndex } from './span-index';
import {
  HIDE_GLOSSES,
  HIDE_JUNK,
  SHOW_HIGHLIGHTS,
  injectStylesheet,
  pageCss,
  type HighlightColors,
} from './stylesheet';

export interface Switches {
  highlights: boolean;
  hideJunk: boolean;
  hideGlosses: boolean;
}

export interface ReaderMark extends Span {
  id: string;
  color: number;
}

export type Hit =
  { kind: 'figure'; figure: Figure } | { kind: 'event'; event: Event } | { kind: 'reader'; mark: ReaderMark };

/**
 * Everything Zhuji does to one page, and its exact undo: glosses wrapped for hiding, junk
 * marked, a stylesheet, highlight groups. The page's text content never changes.
 */
export class PageSession {
  readonly highlighter: Highlighter;
  private readonly undo: (() => void)[] = [];
  private readonly figures: SpanIndex<Figure>;
  private readonly events: SpanIndex<Event>;
  private readers = new SpanIndex<ReaderMark>([]);
  private readerMarks: ReaderMark[] = [];
  private switches: Switches;
  private readonly stylesheet: ReturnType<typeof injectStylesheet>;

  constructor(
    private readonly doc: Document,
    readonly result: AnalysisWithModel,
    colors: HighlightColors,
    switches: Switches,
    private readonly kinds: { figures: boolean; events: boolean } = { figures: true, events: true },
  ) {
    const { analysis, model, article } = result;
    // (The jobs are made in settle, each in a slice of its own: on the seed ×10, making them
    // was 14 ms of this constructor.)
    this.glossJobs = [() => glossJob(model, doc), () => strayGlossJob(model, doc)];
    this.undo.push(() => {
      for (const job of [...this.madeJobs].reverse()) job.undo();
    });
    this.undo.push(
      markJunk(
        article.junk.map((j) => j.el),
        article.root,
      ),
    );
    this.stylesheet = injectStylesheet(doc, pageCss(colors));
    this.undo.push(() => this.stylesheet.remove());
    this.highlighter = createHighlighter(doc, model);
    this.undo.push(() => this.highlighter.destroy());
    this.figures = new SpanIndex(kinds.figures ? analysis.figures : []);
    this.events = new SpanIndex(kinds.events ? analysis.events : []);
    this.switches = switches;
    this.undo.push(() => {
      for (const attr of [HIDE_JUNK, HIDE_GLOSSES, SHOW_HIGHLIGHTS])
        doc.documentElement.removeAttribute(attr);
    });
    this.setSwitches(switches);
    this.script = new ScriptView(model);
    this.undo.push(() => this.script.restore()); // runs first: nodes are still the converted ones
  }

  private readonly script: ScriptView;
  private wantedScript: ScriptShown = 'original';
  private convert: ConvertTexts | null = null;

  get scriptShown(): ScriptShown {
    return this.wantedScript;
  }

  /** Shows the article as published, in Simplified, or in Traditional (Taiwan / Hong Kong). */
  async setScript(to: ScriptShown, convert: ConvertTexts): Promise<void> {
    this.wantedScript = to;
    this.convert = convert;
    if (!this.settled) return; // applied when the glosses are settled
    await this.script.show(to, convert);
    this.redraw(); // replacing a node's data collapses the live ranges in it
  }

  private redraw(): void {
    this.drawAnalysis();
    this.setReaderMarks(this.readerMarks);
  }

  private readonly glossJobs: (() => GlossJob)[];
  private readonly madeJobs: GlossJob[] = [];

  /**
   * Wraps the glosses in time slices (no long task), then draws the highlights. In this order,
   * because every DOM mutation updates every live Range in the document: with a thousand
   * highlight ranges in place, wrapping 8,000 glosses costs ten times as much.
   */
  async settle(signal?: AbortSignal): Promise<void> {
    // Making a job (a list of every gloss, or a pass over the page's text nodes) is a slice of
    // its own; all are made before any runs (after the wrapping, the page has a span and two
    // text nodes more for every gloss to pass over).
    for (const make of this.glossJobs) {
      await yieldToPage();
      if (signal?.aborted) return;
      this.madeJobs.push(make());
    }
    for (const job of this.madeJobs) {
      await yieldToPage();
      await job.run(signal);
    }
    await yieldToPage(); // drawing is a slice of its own
    if (signal?.aborted) return;
    this.insertChips();
    this.settled = true;
    if (this.wantedScript !== 'original' && this.convert)
      await this.setScript(this.wantedScript, this.convert);
    else await this.redrawInSlices(signal);
  }

  /**
   * The events' date chips, in the page's lines (after the glosses are wrapped, before any
   * script conversion: its undo must put each node's own text back before the chips' split
   * nodes are joined, and the glosses' undo comes after both).
   */
  private insertChips(): void {
    if (!this.kinds.events) return;
    const chips = this.result.analysis.events.map((e) => ({
      offset: e.start,
      label: e.dateEnd ? `${e.date} – ${e.dateEnd}` : e.date,
    }));
    this.undo.splice(1, 0, insertDateChips(this.result.model, this.doc, chips));
  }

  /** Bumped by every drawAnalysis: a redrawInSlices overtaken by one stops. */
  private draws = 0;

  /**
   * redraw, one highlight group a slice (on the seed ×10 the groups together were one slice of
   * 22–46 ms, cold: a Range per figure and per event).
   */
  private async redrawInSlices(signal?: AbortSignal): Promise<void> {
    const draws = ++this.draws;
    const groups = this.analysisGroups();
    for (let i = 0; i < groups.length; i++) {
      if (i > 0) await yieldToPage();
      if (signal?.aborted) return;
      // (Redrawn meanwhile, by the switches: what is left to draw is drawn.)
      if (draws !== this.draws) break;
      const [name, spans] = groups[i] as [string, Span[]];
      this.highlighter.set(name, spans);
    }
    this.setReaderMarks(this.readerMarks);
  }

  private settled = false;

  get state(): Switches {
    return { ...this.switches };
  }

  setColors(colors: HighlightColors): void {
    this.stylesheet.update(pageCss(colors));
  }

  setSwitches(next: Partial<Switches>): void {
    this.switches = { ...this.switches, ...next };
    this.applySwitchAttributes();
    this.drawAnalysis();
  }

  private applySwitchAttributes(): void {
    const root = this.doc.documentElement;
    root.toggleAttribute(HIDE_JUNK, this.switches.hideJunk);
    root.toggleAttribute(HIDE_GLOSSES, this.switches.hideGlosses);
    root.toggleAttribute(SHOW_HIGHLIGHTS, this.switches.highlights);
  }

  private drawAnalysis(): void {
    if (!this.settled) return;
    this.draws++;
    for (const [name, spans] of this.analysisGroups()) this.highlighter.set(name, spans);
  }

  /** The analysis's highlight groups as the switches show them: [group, spans]. */
  private analysisGroups(): [string, Span[]][] {
    const { analysis } = this.result;
    const on = this.switches.highlights;
    const figures = on && this.kinds.figures ? analysis.figures : [];
    const events = on && this.kinds.events ? analysis.events : [];
    const headings = events
      .filter((e) => e.heading)
      .map((e) => {
        const start = analysis.text.lastIndexOf(e.heading, e.start);
        return start >= 0 ? { start, end: start + e.heading.length } : null;
      })
      .filter((s): s is Span => s !== null);
    return [
      ['zhuji-figure', figures.filter((f) => !f.suspect)],
      ['zhuji-figure-suspect', figures.filter((f) => f.suspect)],
      ['zhuji-event', events],
      ['zhuji-heading', headings],
    ];
  }

  /** The reader's own highlights (always drawn, whatever the switches say). */
  setReaderMarks(marks: ReaderMark[]): void {
    this.readerMarks = marks;
    this.readers = new SpanIndex(marks);
    if (!this.settled) return;
    const colors = new Set(marks.map((m) => m.color));
    for (let c = 0; c < 8; c++) {
      if (colors.has(c) || this.highlighter.count(`zhuji-reader-${c}`))
        this.highlighter.set(
          `zhuji-reader-${c}`,
          marks.filter((m) => m.color === c),
        );
    }
  }

  get marks(): readonly ReaderMark[] {
    return this.readerMarks;
  }

  /** Briefly marks a span (after "reveal") and scrolls it into view. */
  flash(span: Span, ms = 1600): void {
    this.highlighter.set('zhuji-flash', [span]);
    const range = this.rangeOf(span);
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    setTimeout(() => this.highlighter.set('zhuji-flash', []), ms);
  }

  rangeOf(span: Span): Range {
    return rangeFor(this.result.model, span.start, span.end, this.doc);
  }

  /** What is under the pointer: the reader's highlight first, then a figure, then an event. */
  hitTest(x: number, y: number): Hit | null {
    const caret = caretAt(this.doc, x, y);
    return caret ? this.hitAtPosition(caret.node, caret.offset) : null;
  }

  /** The same for a DOM position (a keyboard caret, a selection's end). */
  hitAtPosition(node: Node, nodeOffset: number): Hit | null {
    const offset = modelOffset(this.result.model, node, nodeOffset, 'start');
    if (offset < 0) return null;
    const mark = this.readers.at(offset)[0];
    if (mark) return { kind: 'reader', mark };
    if (!this.switches.highlights) return null;
    const figure = this.figures.at(offset)[0];
    if (figure) return { kind: 'figure', figure };
    const event = this.events.at(offset)[0];
    return event ? { kind: 'event', event } : null;
  }

  destroy(): void {
    for (const step of this.undo.reverse()) step();
    this.undo.length = 0;
  }
}
