import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStore, setSetting, startBrowser, type E2EBrowser } from './support/browsers';
import {
  highlighted,
  open,
  pristineText,
  select,
  typeInto,
  ui,
  waitUi,
  type AnyPage,
} from './support/reading';
import { serveStatic, type StaticServer } from './support/server';

const truth = JSON.parse(readFileSync('tests/fixtures/seed.truth.json', 'utf8')) as {
  figures: { text: string }[];
  marked_events: { heading: string; date: string }[];
};
const SEED = readFileSync('tests/fixtures/seed.html', 'utf8');
const NOTE_SENTENCE = '各級工會舉辦了勞模工匠巡回宣講';

/** A server for tests/fixtures (plus `pages` served at their paths) and a browser with the e2e build, per suite. */
function suite(name: E2EBrowser['name'], pages: Record<string, string> = {}) {
  const s = {} as { server: StaticServer; browser: E2EBrowser };
  beforeAll(async () => {
    s.server = await serveStatic('tests/fixtures');
    for (const [path, html] of Object.entries(pages)) s.server.override(path, html);
    s.browser = await startBrowser(name, 'e2e');
  });
  afterAll(async () => {
    await s.browser?.close();
    await s.server?.close();
  });
  return s;
}

describe.each(['chromium', 'firefox'] as const)('%s: the reading layer on the seed page', (name) => {
  const s = suite(name);
  let page: AnyPage;
  beforeAll(async () => {
    page = await s.browser.newPage();
    await open(page, `${s.server.origin}/seed.html`);
  });

  it('highlights every figure of truth.json, the garbled 297 as suspect, and every marked event', async () => {
    const figures = [
      ...(await highlighted(page, 'zhuji-figure')),
      ...(await highlighted(page, 'zhuji-figure-suspect')),
    ];
    const missing = truth.figures
      .map((f) => f.text)
      .filter((t) => !figures.some((h) => h.includes(t) || t.includes(h)));
    expect(missing).toEqual([]);
    expect((await highlighted(page, 'zhuji-figure-suspect')).join('|')).toContain('297');
    // date chips: in the line before each event, drawn (their label is generated content:
    // the page's text is unchanged; Firefox's computed `content` is `attr(data-label)` itself)
    const chips = await page.evaluate(
      () =>
        [...document.querySelectorAll('zhuji-date')].map((c) =>
          c.getBoundingClientRect().width > 20 ? c.getAttribute('data-label') : null,
        ),
      null,
    );
    for (const e of truth.marked_events) expect(chips.some((c) => c?.startsWith(e.date))).toBe(true);
    const headings = (await highlighted(page, 'zhuji-heading')).join('|');
    for (const e of truth.marked_events) expect(headings).toContain(e.heading);
    expect((await highlighted(page, 'zhuji-event')).length).toBeGreaterThanOrEqual(14);
  });

  it('hides the place-name list and the font-size widget; one click shows them again', async () => {
    const visible = () =>
      page.evaluate(() => {
        const shown = (el: Element | null) => Boolean(el) && getComputedStyle(el!).display !== 'none';
        const list = [...document.querySelectorAll('div, p')].find(
          (el) => /章丘市\|/.test(el.textContent ?? '') && el.children.length < 50,
        );
        return {
          list: shown(list ?? null),
          fontsize: shown(document.querySelector('.fontsize')),
          text: document.body.innerText.includes('章丘市'),
        };
      }, null);
    expect(await visible()).toEqual({ list: false, fontsize: false, text: false });
    expect(await ui(page, '[data-testid=zhuji-panel]', 'text')).toMatch(/5|junk|雜訊|杂讯/);
    await ui(page, '[data-testid=zhuji-toggle-junk]', 'click');
    expect(await visible()).toEqual({ list: true, fontsize: true, text: true });
    await ui(page, '[data-testid=zhuji-toggle-junk]', 'click');
    expect(await visible()).toEqual({ list: false, fontsize: false, text: false });
  });

  it('hides the pinyin glosses while the page text stays byte-identical, on and off', async () => {
    const seen = () => page.evaluate(() => document.body.innerText.includes('(wǎng)'), null);
    expect(await seen()).toBe(false);
    let text = await pristineText(page);
    expect(text.now).toBe(text.pristine);
    await ui(page, '[data-testid=zhuji-toggle-glosses]', 'click');
    expect(await seen()).toBe(true);
    await ui(page, '[data-testid=zhuji-toggle-junk]', 'click');
    text = await pristineText(page);
    expect(text.now).toBe(text.pristine);
    await ui(page, '[data-testid=zhuji-toggle-glosses]', 'click');
    await ui(page, '[data-testid=zhuji-toggle-junk]', 'click');
    expect(await seen()).toBe(false);
  });

  it('shows the article in Simplified (setting) with highlights on the same words, and back', async () => {
    const setScript = (value: string) => setSetting(s.browser, 'scriptShown', value);
    await setScript('hans');
    const converted = await s.browser.newPage();
    await open(converted, `${s.server.origin}/seed.html`);
    const text = () => converted.evaluate(() => document.body.innerText, null);
    expect(await text()).toContain('全国总工会');
    expect(await text()).not.toContain('全國總工會');
    expect(await highlighted(converted, 'zhuji-figure')).toContain('328.13万人');
    await setScript('original');
    await open(converted, `${s.server.origin}/seed.html`);
    expect(await text()).toContain('全國總工會');
    expect(await highlighted(converted, 'zhuji-figure')).toContain('328.13萬人');
  });

  it('shows a figure’s value when hovered', async () => {
    // hover the middle of 328.13萬人 (hit-testing, not wrapping, finds it)
    const point = await page.evaluate(() => {
      const reg = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...(reg.get('zhuji-figure') ?? [])].find((r) => r.toString().includes('328.13'))!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!; // the figure may wrap: hover its first line
      const x = rect.left + rect.width / 2;
      const y = rect.top + rect.height / 2;
      document.dispatchEvent(new MouseEvent('mousemove', { bubbles: true, clientX: x, clientY: y }));
      return { x, y };
    }, null);
    expect(point.x).toBeGreaterThan(0);
    await waitUi(page, '[data-testid=zhuji-tip]');
    expect(await ui(page, '[data-testid=zhuji-tip]', 'text')).toMatch(/3,281,300/);
  });
  it('shows a figure’s value when the keyboard caret is in it (caret browsing)', async () => {
    await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...(registry.get('zhuji-figure') ?? [])].find((r) => r.toString().includes('近億元'))!;
      const caret = document.createRange();
      caret.setStart(range.startContainer, range.startOffset + 1);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(caret);
      document.dispatchEvent(new KeyboardEvent('keyup', { bubbles: true, key: 'ArrowRight' }));
    }, null);
    await page.waitForFunction(
      () =>
        /100,000,000/.test(
          document.querySelector('zhuji-ui')?.shadowRoot?.querySelector('[data-testid=zhuji-tip]')
            ?.textContent ?? '',
        ),
      { timeout: 10_000 },
      null,
    );
    expect(await ui(page, '[data-testid=zhuji-tip]', 'text')).toMatch(/近/);
  });
});

describe.each(['chromium', 'firefox'] as const)('%s: notes survive reloads, edits and restarts', (name) => {
  const s = suite(name, { '/note.html': SEED });

  it('select → note → reload: back in place; edited page: still anchored; paragraph gone: orphaned, nothing lost', async () => {
    const page = await s.browser.newPage();
    await open(page, `${s.server.origin}/note.html`);
    await select(page, NOTE_SENTENCE);
    await waitUi(page, '[data-testid=zhuji-toolbar]');
    await ui(page, '[data-testid=zhuji-note]', 'click');
    await waitUi(page, '[data-testid=zhuji-editor]');
    await typeInto(page, '[data-testid=zhuji-note-text]', '集中入會行動，值得追蹤');
    await typeInto(page, '[data-testid=zhuji-note-tags]', '工會, 新就業');
    await ui(page, '[data-testid=zhuji-note-save]', 'click');
    await page.waitForFunction(
      () =>
        (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('zhuji-reader-0')?.size ===
        1,
      { timeout: 10_000 },
      null,
    );

    await page.reload();
    await open(page, `${s.server.origin}/note.html`);
    expect(await highlighted(page, 'zhuji-reader-0')).toEqual([NOTE_SENTENCE]);

    // the page changes: a paragraph inserted before, a character changed inside the sentence
    const edited = SEED.replace(
      '<p>具有里程碑意義',
      '<p>編者按：本文於發布後更新。</p><p>具有里程碑意義',
    ).replace(NOTE_SENTENCE, '各級工會舉辦了勞模工匠巡迴宣講');
    s.server.override('/note.html', edited);
    await open(page, `${s.server.origin}/note.html`);
    expect(await highlighted(page, 'zhuji-reader-0')).toEqual(['各級工會舉辦了勞模工匠巡迴宣講']);

    // the paragraph is deleted: the note is shown as orphaned, and still stored
    s.server.override('/note.html', SEED.split(NOTE_SENTENCE).join('（已刪除）'));
    await open(page, `${s.server.origin}/note.html`);
    expect(await highlighted(page, 'zhuji-reader-0')).toEqual([]);
    await waitUi(page, '[data-testid=zhuji-orphans]');
    expect(await ui(page, '[data-testid=zhuji-orphans]', 'text')).toContain('集中入會行動，值得追蹤');
    const ext = await s.browser.extensionPage('popup.html');
    const notes = await readStore<{ note: string; tags: string[]; origin: string }>(ext, 'annotations');
    expect(notes.filter((n) => n.origin === 'reader')).toMatchObject([
      { note: '集中入會行動，值得追蹤', tags: ['工會', '新就業'] },
    ]);
  });

  it('collects the page with its metadata and events once; the note is there after a browser restart', async () => {
    const page = await s.browser.newPage();
    await open(page, `${s.server.origin}/seed.html`);
    await open(page, `${s.server.origin}/seed.html`);
    // the events the analysis found, drawn on the page one range each (read before the tab moves on)
    const found = (await highlighted(page, 'zhuji-event')).length;
    expect(found).toBeGreaterThanOrEqual(14);
    let ext = await s.browser.extensionPage('popup.html');
    const pages = await readStore<{
      url: string;
      title: string;
      source: string;
      authors: string[];
      editor: string;
      published: string;
      visits: number;
    }>(ext, 'pages');
    const seed = pages.find((p) => p.url.endsWith('/seed.html'))!;
    expect(seed).toMatchObject({
      title: '實現職工對美好生活的向往 2021年工會工作十大事件',
      source: '工人日報',
      authors: ['鄭莉', '郝赫', '朱欣'],
      editor: '楊永青',
      published: '2022-01-29T09:30:00+08:00',
    });
    expect(seed.visits).toBeGreaterThanOrEqual(2);

    // A platform's yearless 发布时间：10-08 12:00 is read against the moment the reader opens it.
    await open(page, `${s.server.origin}/yearless.html`);
    const now = new Date(Date.now() + 8 * 3_600_000); // the wall clock in UTC+8
    const year =
      Date.UTC(now.getUTCFullYear(), 9, 8) <=
      Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1)
        ? now.getUTCFullYear()
        : now.getUTCFullYear() - 1;
    await expect
      .poll(
        async () =>
          (await readStore<{ url: string; published: string }>(ext, 'pages')).find((p) =>
            p.url.endsWith('/yearless.html'),
          )?.published,
        { timeout: 15_000 },
      )
      .toBe(`${year}-10-08T12:00+08:00`);
    // Two visits store each event the analysis found once: as many records as events drawn on
    // the seed page, and no two records at the same place with the same date.
    const events = (
      await readStore<{
        page: string;
        kind: string;
        date: string;
        selectors: { type: string; start?: number; end?: number }[];
      }>(ext, 'annotations')
    ).filter((a) => a.kind === 'event' && a.page === seed.url);
    expect(events.length).toBe(found);
    const places = events.map((e) => {
      const at = e.selectors.find((x) => x.type === 'TextPositionSelector');
      return `${e.page} ${at?.start} ${at?.end} ${e.date}`;
    });
    expect(new Set(places).size).toBe(events.length);

    const profile = s.browser.profile;
    await s.browser.close(true);
    s.browser = await startBrowser(name, 'e2e', profile);
    ext = await s.browser.extensionPage('popup.html');
    const after = await readStore<{ origin: string; note: string }>(ext, 'annotations');
    expect(after.filter((a) => a.origin === 'reader').map((a) => a.note)).toEqual(['集中入會行動，值得追蹤']);
    expect(after.filter((a) => a.origin === 'auto').length).toBeGreaterThanOrEqual(events.length);

    // the popup opens an article at a note with #zhuji-reveal=<id>: flashed, and the hash taken off
    const note = (await readStore<{ id: string; origin: string }>(ext, 'annotations')).find(
      (a) => a.origin === 'reader',
    )!;
    s.server.override('/note.html', SEED);
    const revisit = await s.browser.newPage();
    await open(revisit, `${s.server.origin}/note.html#zhuji-reveal=${encodeURIComponent(note.id)}`);
    await revisit.waitForFunction(
      () =>
        (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('zhuji-flash')?.size === 1,
      { timeout: 10_000 },
      null,
    );
    expect(await highlighted(revisit, 'zhuji-flash')).toEqual([NOTE_SENTENCE]);
    expect(await revisit.evaluate(() => location.hash, null)).toBe('');
  });
});

describe.each(['chromium', 'firefox'] as const)(
  '%s: dynamic pages and switching Zhuji off for a site',
  (name) => {
    const s = suite(name);

    it('picks up paragraphs that arrive after the page loaded', async () => {
      const page = await s.browser.newPage();
      await open(page, `${s.server.origin}/lazy.html`);
      expect(await highlighted(page, 'zhuji-figure')).toContain('3.2万人');
      await page.waitForFunction(
        () =>
          [
            ...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('zhuji-figure') ??
              []),
          ].some((r) => r.toString().includes('15.6万个')),
        { timeout: 15_000 },
        null,
      );
      expect(await highlighted(page, 'zhuji-figure')).toEqual(
        expect.arrayContaining(['3.2万人', '8.6亿元', '4200个']),
      );
    });

    it('stops at once, undoing everything, when the reader turns Zhuji off for the site', async () => {
      const page = await s.browser.newPage();
      await open(page, `${s.server.origin}/seed.html`);
      const setSitesOff = (list: string[]) => setSetting(s.browser, 'sitesOff', list);
      await setSitesOff(['127.0.0.1']);
      await page.waitForFunction(() => !document.querySelector('zhuji-ui'), { timeout: 10_000 }, null);
      expect(await highlighted(page, 'zhuji-figure')).toEqual([]);
      expect(
        await page.evaluate(
          () =>
            document.querySelectorAll('[data-zhuji-gloss], [data-zhuji-junk], style[data-zhuji], zhuji-date')
              .length,
          null,
        ),
      ).toBe(0);
      const text = await pristineText(page);
      expect(text.now).toBe(text.pristine);
      await setSitesOff([]);
      await page.waitForFunction(
        () => Boolean(document.querySelector('zhuji-ui')),
        { timeout: 10_000 },
        null,
      );
    });
  },
);

describe.each(['chromium', 'firefox'] as const)(
  '%s: pinning a figure, editing and deleting a note',
  (name) => {
    const s = suite(name, { '/pin.html': SEED });

    /** Clicks the middle of the first line of the first range in `group` whose text includes `text`. */
    const clickOn = (page: AnyPage, group: string, text: string) =>
      page.evaluate(
        ([g, t]) => {
          const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
          const range = [...(registry.get(g) ?? [])].find((r) => r.toString().includes(t))!;
          range.startContainer.parentElement!.scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0]!;
          const x = rect.left + rect.width / 2;
          const y = rect.top + rect.height / 2;
          document.getSelection()?.removeAllRanges();
          document.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));
        },
        [group, text] as const,
      );
    const readerMarks = (page: AnyPage) =>
      page.evaluate(
        () =>
          (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('zhuji-reader-0')
            ?.size ?? 0,
        null,
      );

    it('a clicked figure is pinned with its value; a clicked highlight opens its note to edit or delete', async () => {
      const page = await s.browser.newPage();
      await open(page, `${s.server.origin}/pin.html`);
      await clickOn(page, 'zhuji-figure', '328.13');
      await waitUi(page, '[data-testid=zhuji-editor]');
      await typeInto(page, '[data-testid=zhuji-note-text]', '幫扶困難職工');
      await ui(page, '[data-testid=zhuji-note-save]', 'click');
      await expect.poll(() => readerMarks(page)).toBe(1);
      const ext = await s.browser.extensionPage('popup.html');
      type Stored = { id: string; kind: string; note: string; figure?: { value: number; unit: string } };
      const notEvents = async () =>
        (await readStore<Stored>(ext, 'annotations')).filter((a) => a.kind !== 'event');
      const [pinned] = await notEvents();
      expect(pinned).toMatchObject({
        kind: 'figure',
        note: '幫扶困難職工',
        figure: { value: 3281300, unit: '人' },
      });

      await clickOn(page, 'zhuji-reader-0', '328.13');
      await waitUi(page, '[data-testid=zhuji-note-delete]');
      await typeInto(page, '[data-testid=zhuji-note-text]', '幫扶困難職工（已核對）');
      await ui(page, '[data-testid=zhuji-note-save]', 'click');
      await expect.poll(async () => (await notEvents())[0]?.note).toBe('幫扶困難職工（已核對）');

      await clickOn(page, 'zhuji-reader-0', '328.13');
      await waitUi(page, '[data-testid=zhuji-note-delete]');
      await ui(page, '[data-testid=zhuji-note-delete]', 'click');
      await expect.poll(() => readerMarks(page)).toBe(0);
      expect(await notEvents()).toEqual([]);
    });
  },
);

describe.each(['chromium', 'firefox'] as const)('%s: a story with data tables', (name) => {
  const s = suite(name);

  it("highlights a table's bare numbers under their column's unit and dates a chronicle's rows", async () => {
    const page = await s.browser.newPage();
    await open(page, `${s.server.origin}/data-tables.zh-Hans.html`);
    const figures = await highlighted(page, 'zhuji-figure');
    for (const cell of ['98012.83', '91165.51', '67742.30', '4.5', '5.8', '6.0'])
      expect(figures).toContain(cell);
    // (The header's own words are no figure.)
    expect(figures.some((f) => f.includes('亿元'))).toBe(false);
    const chips = await page.evaluate(
      () =>
        [...document.querySelectorAll('zhuji-date')].map((c) =>
          c.getBoundingClientRect().width > 20 ? c.getAttribute('data-label') : null,
        ),
      null,
    );
    for (const day of ['2021-07-29', '2021-09-03', '2021-11-12'])
      expect(chips.some((c) => c?.startsWith(day))).toBe(true);
    // (Each row's event reaches from its day's cell into what happened.)
    const events = (await highlighted(page, 'zhuji-event')).join('|');
    expect(events).toContain('全国总工会举行第十七届执委会第六次全体会议');
    // (The page's text is as it was: the rows' separators are the model's, not the page's.)
    expect(
      await page.evaluate(() => document.querySelector('table.data')?.textContent?.includes('|'), null),
    ).toBe(false);
  });
});

/** 25,000 paragraphs of three figures each: 75,000 highlights (as constructor arguments, they overflowed the stack). */
const HUGE = `<!doctype html><html><head><meta charset="utf-8"><title>數字很多的文章</title></head><body><h1>數字很多的文章</h1><div class="info">2024-05-20 09:47 來源：中央社</div><div class="content">${'<p>全年增長5.2%，達到126萬億元，共1594個。</p>'.repeat(25_000)}</div></body></html>`;

describe.each(['chromium', 'firefox'] as const)('%s: a hostile page', (name) => {
  const s = suite(name, { '/huge.html': HUGE });

  it('draws all 75,000 figures of a page of 25,000 paragraphs', async () => {
    const page = await s.browser.newPage();
    await open(page, `${s.server.origin}/huge.html`);
    const count = await page.evaluate(
      () =>
        (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('zhuji-figure')?.size ?? 0,
      null,
    );
    expect(count).toBe(75_000);
  });

  it('runs no script, touches no script/textarea/editable text, and the toolbar still renders', async () => {
    const page = await s.browser.newPage();
    await open(page, `${s.server.origin}/hostile.html`);
    const before = await page.evaluate(
      () => ({
        draft: (document.getElementById('draft') as HTMLTextAreaElement).value,
        editable: document.getElementById('editable')!.childNodes.length,
        scripts: [...document.scripts].map((s) => s.text).join('\n'),
      }),
      null,
    );
    expect(await highlighted(page, 'zhuji-figure')).toContain('1800億元');
    // No highlight range of any group starts or ends inside a textarea, an editable or a script
    // (CSS highlights leave the DOM as it was: the registry is what tells), and no date chip is put there.
    const inside = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const banned = (n: Node) =>
        Boolean(
          (n instanceof Element ? n : n.parentElement)?.closest('textarea, [contenteditable], script, style'),
        );
      let total = 0;
      const bad: string[] = [];
      for (const [name, ranges] of registry)
        for (const r of ranges) {
          total++;
          if (banned(r.startContainer) || banned(r.endContainer)) bad.push(`${name}: ${r.toString()}`);
        }
      const chips = document.querySelectorAll('textarea zhuji-date, [contenteditable] zhuji-date').length;
      return { total, bad, chips };
    }, null);
    expect(inside.total).toBeGreaterThan(5);
    expect(inside).toMatchObject({ bad: [], chips: 0 });
    await select(page, '社會福利支出約350億元');
    await waitUi(page, '[data-testid=zhuji-toolbar]');
    const box = await ui<{ w: number; h: number; display: string }>(
      page,
      '[data-testid=zhuji-toolbar]',
      'box',
    );
    expect(box.display).toBe('flex');
    expect(box.w).toBeGreaterThan(40);
    expect(box.h).toBeGreaterThan(10);
    await ui(page, '[data-testid=zhuji-color-0]', 'click');
    await page.waitForFunction(
      () =>
        (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('zhuji-reader-0')?.size ===
        1,
      { timeout: 10_000 },
      null,
    );
    const after = await page.evaluate(
      () => ({
        alerts: (window as unknown as { __alerts: number }).__alerts,
        images: document.querySelectorAll('img').length,
        draft: (document.getElementById('draft') as HTMLTextAreaElement).value,
        editable: document.getElementById('editable')!.childNodes.length,
        editableMarked: document.getElementById('editable')!.querySelectorAll('*').length,
        scripts: [...document.scripts].map((s) => s.text).join('\n'),
        title: document.querySelector('h1')!.textContent,
      }),
      null,
    );
    expect(after).toEqual({
      ...before,
      alerts: 0,
      images: 0,
      editableMarked: 0,
      title: '市府公布2024年預算 <img src=x onerror=alert(1)>',
    });
    const host = await page.evaluate(
      () => getComputedStyle(document.querySelector('zhuji-ui')!).display,
      null,
    );
    expect(host).toBe('block');
  });
});
