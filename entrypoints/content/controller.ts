import { h, render } from 'preact';
import { PageUi, type PageUiState } from '../../components/page/PageUi';
import { PAGE_UI_CSS } from '../../components/page/page-ui.css';
import type { Figure, Span } from '../../lib/analysis';
import { analyzeWithModel, type AnalysisWithModel } from '../../lib/analyze';
import { yieldToPage } from '../../lib/dom/slices';

/** The analysis, off the page's critical path: until lib/analyze offers phases, one yield first. */
async function analyzeInSlices(doc: Document, opts: { url: string }): Promise<AnalysisWithModel> {
  await yieldToPage();
  return analyzeWithModel(doc, opts);
}
import { anchor } from '../../lib/anchor/anchor';
import { describe } from '../../lib/anchor/describe';
import type { AnnotationRecord } from '../../lib/db/types';
import { PageSession, type ReaderMark } from '../../lib/dom/page-session';
import { createUiHost, type UiHost } from '../../lib/dom/ui-host';
import { t } from '../../lib/i18n';
import { errorText, type PageState, type PageSwitches } from '../../lib/messaging';
import { request } from '../../lib/messaging-browser';
import type { ConvertTexts, ScriptShown } from '../../lib/dom/script-view';
import type { Colors, ShowKinds } from '../../lib/settings';
import { eventInputs, figureInput, pageInput } from './inputs';
import { pageLabels } from './labels';

export const MARK = 'data-zhuji';

/**
 * Test and bench builds expose Zhuji's state on <html data-zhuji> and as performance marks;
 * a release build does not, so sites cannot tell that a reader has Zhuji installed.
 */
const EXPOSE = import.meta.env.MODE === 'e2e' || import.meta.env.MODE === 'bench';
export function expose(doc: Document, state: string | null): void {
  if (!EXPOSE) return;
  if (state === null) doc.documentElement.removeAttribute(MARK);
  else doc.documentElement.setAttribute(MARK, state);
  if (state === 'ready') performance.mark('zhuji:ready');
}

export interface ControllerSettings {
  colors: Colors;
  kinds: ShowKinds;
  siteOff: boolean;
  script: ScriptShown;
}

/** Conversion runs in the background, where the opencc-js tables live. */
const convertInBackground: ConvertTexts = (texts, to) => request('convertText', { texts, to });

interface Editing {
  id: string | null;
  span: Span;
  figure: Figure | null;
  color: number;
}

const emptyUi = (): PageUiState => ({
  tip: null,
  toolbar: null,
  editor: null,
  chips: [],
  panel: { junk: 0, glosses: 0, junkShown: false, glossesShown: false, orphans: [], error: null },
});

/** One page's Zhuji: analysis → session on the page → UI; its state answers the popup. */
export class Controller {
  result: AnalysisWithModel | null = null;
  session: PageSession | null = null;
  ui: UiHost | null = null;
  uiState: PageUiState = emptyUi();
  records: AnnotationRecord[] = [];
  editing: Editing | null = null;
  forced = false;

  constructor(
    readonly doc: Document,
    public settings: ControllerSettings,
  ) {}

  get url(): string {
    return this.doc.location?.href ?? '';
  }

  /** Bumped by every stop(): a start() that was overtaken while it awaited does nothing more. */
  private generation = 0;

  /**
   * Analyzes the page (in slices, yielding to the page: no long task) and, when it is an
   * article (or the reader said so), draws on it.
   */
  async start(): Promise<void> {
    const generation = this.generation;
    if (this.settings.siteOff) return expose(this.doc, 'off');
    if (EXPOSE) performance.mark('zhuji:start');
    const result = await analyzeInSlices(this.doc, { url: this.url });
    if (generation !== this.generation) return;
    this.result = result;
    if (EXPOSE) performance.mark('zhuji:analyzed');
    if (!this.result.analysis.isArticle && !this.forced) return expose(this.doc, 'not-article');
    const { kinds, colors } = this.settings;
    this.session = new PageSession(
      this.doc,
      this.result,
      colors,
      { highlights: true, hideJunk: kinds.hideJunk, hideGlosses: kinds.hideGlosses },
      { figures: kinds.figures, events: kinds.events },
    );
    this.ui = createUiHost(this.doc, PAGE_UI_CSS, import.meta.env.MODE === 'e2e');
    this.uiState = emptyUi();
    this.updatePanel();
    void this.collect();
    void this.loadAnnotations();
    const session = this.session;
    if (this.settings.script !== 'original')
      void session.setScript(this.settings.script, convertInBackground);
    this.settling = new AbortController();
    void session.settle(this.settling.signal).then(() => {
      if (this.session !== session) return;
      this.layoutChips();
      expose(this.doc, 'ready');
      void this.revealFromHash();
    });
  }

  private settling: AbortController | null = null;

  stop(): void {
    this.generation++;
    this.settling?.abort();
    this.session?.destroy();
    this.ui?.destroy();
    if (this.ui) render(null, this.ui.mount);
    this.session = null;
    this.ui = null;
    this.result = null;
    expose(this.doc, null);
  }

  /** Scrolls to a stored annotation and flashes it; false when it cannot be anchored here. */
  async reveal(id: string): Promise<boolean> {
    if (!this.session || !this.result) return false;
    const record = (await request('pageAnnotations', { url: this.url })).find((r) => r.id === id);
    const at = record && anchor(this.result.analysis.text, record.selectors);
    if (!at) return false;
    this.session.flash(at);
    return true;
  }

  /** The popup opens an article as `…#zhuji-reveal=<id>`: reveal it, and take the hash off again. */
  private async revealFromHash(): Promise<void> {
    const match = /^#zhuji-reveal=([^&]{1,120})$/.exec(this.doc.location?.hash ?? '');
    if (!match) return;
    const win = this.doc.defaultView!;
    win.history.replaceState(win.history.state, '', this.url.replace(/#zhuji-reveal=.*$/, ''));
    await this.reveal(decodeURIComponent(match[1]!)).catch(() => false);
  }

  private get page() {
    return pageInput(this.url, this.result!.analysis.metadata);
  }

  private get events() {
    const { analysis } = this.result!;
    return eventInputs(analysis.text, analysis.events);
  }

  private async collect(): Promise<void> {
    try {
      await request('pageAnalyzed', { page: this.page, events: this.events });
    } catch (error) {
      this.showError(error);
    }
  }

  /** Puts the reader's saved highlights and notes back; what cannot be anchored is listed as orphaned. */
  async loadAnnotations(): Promise<void> {
    try {
      const records = await request('pageAnnotations', { url: this.url });
      this.records = records.filter((r) => r.origin === 'reader');
      this.drawReaderMarks();
    } catch (error) {
      this.showError(error);
    }
  }

  drawReaderMarks(): void {
    if (!this.session || !this.result) return;
    const text = this.result.analysis.text;
    const marks: ReaderMark[] = [];
    const orphans: PageUiState['panel']['orphans'] = [];
    for (const r of this.records) {
      const at = anchor(text, r.selectors);
      if (at) marks.push({ id: r.id, start: at.start, end: at.end, color: this.colorIndex(r.color) });
      else orphans.push({ id: r.id, quote: r.exact.slice(0, 80), note: r.note.slice(0, 200) });
    }
    this.session.setReaderMarks(marks);
    this.uiState.panel = { ...this.uiState.panel, orphans };
    this.render();
  }

  private colorIndex(color: string): number {
    return Math.max(0, this.settings.colors.highlight.indexOf(color));
  }

  /** Saves a new highlight, note or pinned figure. */
  async saveNew(
    span: Span,
    color: number,
    note: string,
    tags: string[],
    figure: Figure | null,
  ): Promise<AnnotationRecord | null> {
    const text = this.result!.analysis.text;
    const annotation = figure
      ? figureInput(text, figure, note, tags)
      : {
          kind: note ? ('note' as const) : ('highlight' as const),
          selectors: describe(text, span.start, span.end),
          note,
          tags,
          color: this.settings.colors.highlight[color] ?? '',
        };
    try {
      const record = await request('saveAnnotation', { page: this.page, annotation, events: this.events });
      this.records.push(record);
      this.drawReaderMarks();
      return record;
    } catch (error) {
      this.showError(error);
      return null;
    }
  }

  async update(id: string, note: string, tags: string[]): Promise<void> {
    try {
      const record = await request('updateAnnotation', { id, patch: { note, tags } });
      this.records = this.records.map((r) => (r.id === id ? record : r));
      this.drawReaderMarks();
    } catch (error) {
      this.showError(error);
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await request('deleteAnnotation', { id });
      this.records = this.records.filter((r) => r.id !== id);
      this.drawReaderMarks();
    } catch (error) {
      this.showError(error);
    }
  }

  showError(error: unknown): void {
    this.uiState.panel = { ...this.uiState.panel, error: t('page_saveFailed', [errorText(error)]) };
    this.render();
  }

  setSwitches(next: Partial<PageSwitches>): void {
    if (!this.session) return;
    this.session.setSwitches(next);
    this.updatePanel();
    this.layoutChips();
    if (next.script && next.script !== this.session.scriptShown) {
      this.session
        .setScript(next.script, convertInBackground)
        .catch((error: unknown) => this.showError(error));
    }
  }

  updatePanel(): void {
    if (!this.session || !this.result) return;
    const s = this.session.state;
    this.uiState.panel = {
      ...this.uiState.panel,
      junk: this.doc.querySelectorAll('[data-zhuji-junk]').length,
      glosses: this.result.analysis.glosses,
      junkShown: !s.hideJunk,
      glossesShown: !s.hideGlosses,
    };
    this.render();
  }

  /** Date chips above each event's first character, in page coordinates. */
  layoutChips(): void {
    if (!this.session || !this.result) return;
    const on = this.session.state.highlights && this.settings.kinds.events;
    const win = this.doc.defaultView!;
    this.uiState.chips = !on
      ? []
      : this.result.analysis.events.flatMap((e) => {
          const rect = this.session!.rangeOf({ start: e.start, end: e.start + 1 }).getClientRects()[0];
          if (!rect || (rect.width === 0 && rect.height === 0)) return [];
          const label = e.dateEnd ? `${e.date} – ${e.dateEnd}` : e.date;
          return [{ x: rect.left + win.scrollX, y: rect.top + win.scrollY, label }];
        });
    this.render();
  }

  state(): PageState {
    const analysis = this.result?.analysis;
    const s = this.session?.state;
    return {
      isArticle: Boolean(analysis && (analysis.isArticle || this.forced)),
      confidence: analysis?.confidence ?? 0,
      metadata: analysis?.metadata ?? null,
      counts: {
        events: analysis?.events.length ?? 0,
        figures: analysis?.figures.length ?? 0,
        highlights: this.records.length,
        junk: this.uiState.panel.junk,
        glosses: analysis?.glosses ?? 0,
        orphaned: this.uiState.panel.orphans.length,
      },
      switches: {
        highlights: s?.highlights ?? false,
        hideJunk: s?.hideJunk ?? false,
        hideGlosses: s?.hideGlosses ?? false,
        script: this.session?.scriptShown ?? this.settings.script,
      },
      siteOff: this.settings.siteOff,
      site: this.doc.location?.hostname ?? '',
    };
  }

  render(): void {
    if (!this.ui) return;
    render(
      h(PageUi, {
        ...this.handlers,
        state: this.uiState,
        colors: this.settings.colors.highlight,
        labels: pageLabels(),
      }),
      this.ui.mount,
    );
  }

  /** Set by the interactions module (it owns the selection and the editor). */
  handlers!: Omit<Parameters<typeof PageUi>[0], 'state' | 'colors' | 'labels'>;
}
