import { h, render } from 'preact';
import { emptyUi, PageUi, type PageUiState } from '../../components/page/PageUi';
import { PAGE_UI_CSS } from '../../components/page/page-ui.css';
import type { Figure, Span } from '../../lib/analysis';
import { analyzeWithModelAsync, type AnalysisWithModel } from '../../lib/analyze';
import { PageSession } from '../../lib/dom/page-session';
import { endSlice, meterSlices, yieldToFrame, yieldToPage } from '../../lib/dom/slices';
import { createUiHost, type UiHost } from '../../lib/dom/ui-host';
import { t } from '../../lib/i18n';
import { errorText, type PageState, type PageSwitches } from '../../lib/messaging';
import { request } from '../../lib/messaging-browser';
import type { ConvertTexts, ScriptShown } from '../../lib/dom/script-view';
import type { Colors, ShowKinds } from '../../lib/settings';
import { eventInputs, pageInput } from './inputs';
import { ReaderNotes } from './notes';
import { pageLabels } from './labels';

export const MARK = 'data-zhuji';

/** The analysis in phases, yielding to the page between them (scheduler.yield where there is one). */
function analyzeInSlices(doc: Document, opts: { url: string; seenAt: number }): Promise<AnalysisWithModel> {
  return analyzeWithModelAsync(doc, opts, yieldToPage);
}

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

/** One page's Zhuji: analysis → session on the page → UI; its state answers the popup. */
export class Controller {
  result: AnalysisWithModel | null = null;
  session: PageSession | null = null;
  ui: UiHost | null = null;
  uiState: PageUiState = emptyUi();
  /** The reader's own highlights, notes and pinned figures on this page. */
  readonly notes = new ReaderNotes(this);
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
    if (EXPOSE) {
      performance.mark('zhuji:start');
      meterSlices((start, end) => performance.measure('zhuji:slice', { start, end }));
    }
    const result = await analyzeInSlices(this.doc, { url: this.url, seenAt: Date.now() });
    if (generation !== this.generation) return;
    this.result = result;
    if (EXPOSE) performance.mark('zhuji:analyzed');
    if (!this.result.analysis.isArticle && !this.forced) return expose(this.doc, 'not-article');
    // The analysis ends mid-slice; setting up the session (gloss and junk lists, highlight
    // groups) and the panel each get a slice of their own.
    await yieldToPage();
    if (generation !== this.generation) return;
    const { kinds, colors } = this.settings;
    this.session = new PageSession(
      this.doc,
      this.result,
      colors,
      { highlights: true, hideJunk: kinds.hideJunk, hideGlosses: kinds.hideGlosses },
      { figures: kinds.figures, events: kinds.events },
    );
    await yieldToPage();
    if (generation !== this.generation || !this.session) return;
    this.ui = createUiHost(this.doc, PAGE_UI_CSS, import.meta.env.MODE === 'e2e');
    // A panel the reader folded stays folded when the page is analyzed again.
    const folded = this.uiState.panel.folded;
    this.uiState = emptyUi();
    this.uiState.panel.folded = folded;
    this.updatePanel();
    void this.collect();
    void this.notes.load();
    const session = this.session;
    if (this.settings.script !== 'original')
      void session.setScript(this.settings.script, convertInBackground);
    this.settling = new AbortController();
    void session
      .settle(this.settling.signal)
      .then(yieldToFrame)
      .then(() => {
        if (this.session !== session) return;
        if (EXPOSE) endSlice();
        expose(this.doc, 'ready');
        void this.notes.revealFromHash();
      })
      .catch((error: unknown) => {
        // (The page stays as it was where drawing stopped; the reader can turn Zhuji off.)
        if (this.session !== session) return;
        expose(this.doc, 'error');
        console.warn('[Zhuji] could not draw on this page:', error);
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

  get page() {
    return pageInput(this.url, this.result!.analysis.metadata);
  }

  get events() {
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

  showError(error: unknown): void {
    this.uiState.panel = { ...this.uiState.panel, error: t('page_saveFailed', [errorText(error)]) };
    this.render();
  }

  setSwitches(next: Partial<PageSwitches>): void {
    if (!this.session) return;
    this.session.setSwitches(next);
    this.updatePanel();
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
        highlights: this.notes.records.length - this.uiState.panel.orphans.length,
        junk: this.uiState.panel.junk,
        glosses: analysis?.glosses ?? 0,
        orphaned: this.uiState.panel.orphans.length,
      },
      orphanIds: this.uiState.panel.orphans.map((o) => o.id),
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
