import type { PageUiState } from '../../components/page/PageUi';
import type { Figure, Span } from '../../lib/analysis';
import { anchor } from '../../lib/anchor/anchor';
import { describe } from '../../lib/anchor/describe';
import type { AnnotationRecord } from '../../lib/db/types';
import type { ReaderMark } from '../../lib/dom/page-session';
import { request } from '../../lib/messaging-browser';
import type { Controller } from './controller';
import { figureInput } from './inputs';

/**
 * The reader's own highlights, notes and pinned figures on one page: loaded and anchored on
 * each start (what cannot be anchored is listed as orphaned, never dropped), saved, edited and
 * deleted through the background, revealed on request.
 */
export class ReaderNotes {
  records: AnnotationRecord[] = [];

  constructor(private readonly c: Controller) {}

  /** Scrolls to a stored annotation and flashes it; false when it cannot be anchored here. */
  async reveal(id: string): Promise<boolean> {
    if (!this.c.session || !this.c.result) return false;
    const record = (await request('pageAnnotations', { url: this.c.url })).find((r) => r.id === id);
    const at = record && anchor(this.c.result.analysis.text, record.selectors);
    if (!at) return false;
    this.c.session.flash(at);
    return true;
  }

  /** The popup opens an article as `…#zhuji-reveal=<id>`: reveal it, and take the hash off again. */
  async revealFromHash(): Promise<void> {
    const match = /^#zhuji-reveal=([^&]{1,120})$/.exec(this.c.doc.location?.hash ?? '');
    if (!match) return;
    const win = this.c.doc.defaultView!;
    win.history.replaceState(win.history.state, '', this.c.url.replace(/#zhuji-reveal=.*$/, ''));
    await this.reveal(decodeURIComponent(match[1]!)).catch(() => false);
  }

  /** Puts the reader's saved highlights and notes back; what cannot be anchored is listed as orphaned. */
  async load(): Promise<void> {
    try {
      const records = await request('pageAnnotations', { url: this.c.url });
      this.records = records.filter((r) => r.origin === 'reader');
      this.draw();
    } catch (error) {
      this.c.showError(error);
    }
  }

  draw(): void {
    if (!this.c.session || !this.c.result) return;
    const text = this.c.result.analysis.text;
    const marks: ReaderMark[] = [];
    const orphans: PageUiState['panel']['orphans'] = [];
    for (const r of this.records) {
      const at = anchor(text, r.selectors);
      if (at) marks.push({ id: r.id, start: at.start, end: at.end, color: this.colorIndex(r.color) });
      else orphans.push({ id: r.id, quote: r.exact.slice(0, 80), note: r.note.slice(0, 200) });
    }
    this.c.session.setReaderMarks(marks);
    this.c.uiState.panel = { ...this.c.uiState.panel, orphans };
    this.c.render();
  }

  private colorIndex(color: string): number {
    return Math.max(0, this.c.settings.colors.highlight.indexOf(color));
  }

  /** Saves a new highlight, note or pinned figure. */
  async saveNew(
    span: Span,
    color: number,
    note: string,
    tags: string[],
    figure: Figure | null,
  ): Promise<AnnotationRecord | null> {
    const text = this.c.result!.analysis.text;
    const annotation = figure
      ? figureInput(text, figure, note, tags)
      : {
          kind: note ? ('note' as const) : ('highlight' as const),
          selectors: describe(text, span.start, span.end),
          note,
          tags,
          color: this.c.settings.colors.highlight[color] ?? '',
        };
    try {
      const record = await request('saveAnnotation', {
        page: this.c.page,
        annotation,
        events: this.c.events,
      });
      this.records.push(record);
      this.draw();
      return record;
    } catch (error) {
      this.c.showError(error);
      return null;
    }
  }

  async update(id: string, note: string, tags: string[]): Promise<void> {
    try {
      const record = await request('updateAnnotation', { id, patch: { note, tags } });
      this.records = this.records.map((r) => (r.id === id ? record : r));
      this.draw();
    } catch (error) {
      this.c.showError(error);
    }
  }

  async remove(id: string): Promise<void> {
    try {
      await request('deleteAnnotation', { id });
      this.records = this.records.filter((r) => r.id !== id);
      this.draw();
    } catch (error) {
      this.c.showError(error);
    }
  }
}
