// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { updateAnnotation } from '../../../lib/db/annotations';
import { searchAnnotations } from '../../../lib/db/queries';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { OptionsDeps } from '../../../entrypoints/options/deps';
import { Options } from '../../../entrypoints/options/Options';
import type { ZhujiDatabase } from '../../../lib/db/database';
import { setLocale, t, watchUiLanguage } from '../../../lib/i18n';
import { collectMode, colors, scriptShown, showKinds, sitesOff, uiLanguage } from '../../../lib/settings';
import { failWrites } from '../db/fail-writes';
import { freshDb, seed } from './helpers';

let db: ZhujiDatabase;
beforeEach(() => {
  fakeBrowser.reset();
  setLocale('en');
  db = freshDb();
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

function fakeDeps(browserName: 'chrome' | 'firefox' = 'chrome') {
  const downloads: { name: string; text: string; type?: string }[] = [];
  const deps: OptionsDeps = {
    db,
    browserName,
    shortcuts: async () => [
      { name: 'highlight-selection', description: 'Highlight the selection', shortcut: 'Alt+Shift+H' },
    ],
    openShortcutSettings: vi.fn(async () => undefined),
    download: (name, text, type) => void downloads.push({ name, text, type }),
  };
  return { deps, downloads };
}

const stored = async <T,>(get: () => Promise<T>, value: T) =>
  waitFor(async () => expect(await get()).toEqual(value));

describe('options: every setting is stored', () => {
  it('script shown', async () => {
    render(<Options deps={fakeDeps().deps} />);
    fireEvent.click(await screen.findByLabelText('Traditional, Hong Kong (繁體・香港)'));
    await stored(() => scriptShown.getValue(), 'hant-hk');
  });

  it('automatic collection', async () => {
    render(<Options deps={fakeDeps().deps} />);
    await waitFor(() =>
      expect((screen.getByLabelText(/Automatically/) as HTMLInputElement).checked).toBe(true),
    );
    fireEvent.click(screen.getByLabelText('Only when I save something'));
    await stored(() => collectMode.getValue(), 'save');
  });

  it('sites where Zhuji stays off: add (a host or an address), reject nonsense, remove', async () => {
    render(<Options deps={fakeDeps().deps} />);
    const sites = await screen.findByTestId('sites');
    const field = within(sites).getByLabelText('Site');
    fireEvent.input(field, { target: { value: 'https://www.Example.com/news/1.html' } });
    fireEvent.click(within(sites).getByText('Add'));
    await stored(() => sitesOff.getValue(), ['www.example.com']);
    fireEvent.input(field, { target: { value: 'not a site' } });
    fireEvent.click(within(sites).getByText('Add'));
    expect(within(sites).getByRole('alert').textContent).toContain('“not a site” is not a site address');
    fireEvent.input(field, { target: { value: 'news.sina.com.cn' } });
    fireEvent.click(within(sites).getByText('Add'));
    await stored(() => sitesOff.getValue(), ['news.sina.com.cn', 'www.example.com']);
    fireEvent.click(within(sites).getByRole('button', { name: 'Remove www.example.com' }));
    await stored(() => sitesOff.getValue(), ['news.sina.com.cn']);
  });

  it('highlight colors, and back to the defaults', async () => {
    render(<Options deps={fakeDeps().deps} />);
    fireEvent.input(await screen.findByTestId('color-event'), { target: { value: '#123456' } });
    await waitFor(async () => expect((await colors.getValue()).event).toBe('#123456'));
    fireEvent.input(screen.getByTestId('color-highlight-1'), { target: { value: '#abcdef' } });
    await waitFor(async () => expect((await colors.getValue()).highlight[1]).toBe('#abcdef'));
    fireEvent.click(screen.getByText('Back to the default colors'));
    await stored(() => colors.getValue(), colors.fallback);
  });

  it('which kinds to highlight and what to hide', async () => {
    render(<Options deps={fakeDeps().deps} />);
    fireEvent.click(await screen.findByLabelText('Highlight figures'));
    await waitFor(async () => expect((await showKinds.getValue()).figures).toBe(false));
    fireEvent.click(screen.getByLabelText(/Hide inline pinyin glosses/));
    await stored(() => showKinds.getValue(), {
      figures: false,
      events: true,
      hideJunk: true,
      hideGlosses: false,
    });
  });

  it('UI language: stored, and the page speaks it at once', async () => {
    const stop = await watchUiLanguage();
    render(<Options deps={fakeDeps().deps} />);
    fireEvent.click(await screen.findByLabelText('繁體中文'));
    await stored(() => uiLanguage.getValue(), 'zh-Hant');
    await screen.findByText('你的資料');
    expect(t('options_dataTitle')).toBe('你的資料');
    fireEvent.click(screen.getByLabelText('简体中文'));
    await screen.findByText('你的数据');
    fireEvent.click(screen.getByLabelText('English'));
    await screen.findByText('Your data');
    stop();
  });
});

describe('options: shortcuts', () => {
  it('lists the commands and opens Chrome’s shortcut settings', async () => {
    const { deps } = fakeDeps('chrome');
    render(<Options deps={deps} />);
    const section = await screen.findByTestId('shortcuts');
    await within(section).findByText('Alt+Shift+H');
    fireEvent.click(within(section).getByText('Open shortcut settings'));
    expect(deps.openShortcutSettings).toHaveBeenCalled();
  });

  it('names each command in the UI language, not the browser’s (the API’s description otherwise)', async () => {
    setLocale('zh-Hant');
    const { deps } = fakeDeps('chrome');
    const shortcuts = async () => [
      { name: '_execute_action', description: '', shortcut: '' },
      { name: 'highlight-selection', description: 'Highlight the selected text', shortcut: 'Alt+Shift+H' },
      { name: 'someday-command', description: 'Something new', shortcut: '' },
    ];
    render(<Options deps={{ ...deps, shortcuts }} />);
    const section = await screen.findByTestId('shortcuts');
    await within(section).findByText('Alt+Shift+H');
    const names = within(section)
      .getAllByRole('row')
      .map((row) => row.querySelector('td')?.textContent);
    expect(names).toEqual(['開啟注記彈出視窗', '劃線標記選取的文字', 'Something new']);
  });

  it('tells Firefox readers where to change them', async () => {
    const { deps } = fakeDeps('firefox');
    render(<Options deps={{ ...deps, openShortcutSettings: null }} />);
    const section = await screen.findByTestId('shortcuts');
    expect(section.textContent).toContain('about:addons');
    expect(within(section).queryByRole('button')).toBeNull(); // Firefox < 137 cannot open the page
  });
});

describe('options: data', () => {
  const file = (text: string) => new File([text], 'zhuji.json', { type: 'application/json' });
  const importText = (text: string) =>
    fireEvent.change(screen.getByTestId('import'), { target: { files: [file(text)] } });

  it('buttons have short labels that do not break; the import formats are a hint line the control names', async () => {
    for (const locale of ['en', 'zh-Hans', 'zh-Hant'] as const) {
      setLocale(locale);
      const { deps } = fakeDeps();
      render(<Options deps={deps} />);
      const input = await screen.findByTestId('import');
      const hint = document.getElementById(input.getAttribute('aria-describedby')!)!;
      expect(hint.textContent).toContain('W3C Web Annotation JSON-LD');
      expect(input.closest('label')!.textContent!.trim()).toBe(t('options_import'));
      expect(t('options_import')).not.toMatch(/JSON/);
      cleanup();
    }
    const css = readFileSync('entrypoints/options/options.css', 'utf8');
    expect(css).toMatch(/button,\s*\.file-button\s*\{[^}]*white-space:\s*nowrap/);
  });

  it('exports everything as JSON, and the export imports into an empty database', async () => {
    await seed(db);
    const { deps, downloads } = fakeDeps();
    render(<Options deps={deps} />);
    await screen.findByText('2 pages and 6 annotations are stored in this browser.');
    fireEvent.click(screen.getByText('Export everything (JSON)'));
    await screen.findByText('Exported 2 pages and 6 annotations.');
    expect(downloads[0]!.name).toMatch(/^zhuji-\d{4}-\d{2}-\d{2}\.json$/);
    const dump = JSON.parse(downloads[0]!.text);
    expect(dump).toMatchObject({ format: 'zhuji', version: 1 });
    expect(dump.annotations[0].search).toBeUndefined();
    cleanup();
    await db.delete();
    db = freshDb();
    render(<Options deps={{ ...deps, db }} />);
    await screen.findByText('0 pages and 0 annotations are stored in this browser.');
    importText(downloads[0]!.text);
    await screen.findByText('Imported 2 pages and 6 annotations.');
    const found = await searchAnnotations(db, '工会');
    expect(found).toHaveLength(3); // search forms and index rebuilt: the 工會 events are found in Simplified
  });

  it('refuses a broken file in words and changes nothing', async () => {
    await seed(db);
    render(<Options deps={fakeDeps().deps} />);
    await screen.findByText('2 pages and 6 annotations are stored in this browser.');
    importText('{"format":"zhuji","version":1,"pages":[],"annotations":[{"kind":"event"}]}');
    const alert = await within(screen.getByTestId('data')).findByRole('alert');
    expect(alert.textContent).toMatch(
      /^Nothing was imported: the file is not a valid Zhuji export \(annotations\[0\]/,
    );
    importText('not json');
    await waitFor(() =>
      expect(within(screen.getByTestId('data')).getByRole('alert').textContent).toContain('not JSON'),
    );
    expect(await db.annotations.count()).toBe(6);
  });

  it('re-importing an older export keeps the notes edited since, and says how many', async () => {
    await seed(db);
    const { deps, downloads } = fakeDeps();
    render(<Options deps={deps} />);
    await screen.findByText('2 pages and 6 annotations are stored in this browser.');
    fireEvent.click(screen.getByText('Export everything (JSON)'));
    await screen.findByText('Exported 2 pages and 6 annotations.');
    const mark = (await db.annotations.toArray()).find((a) => a.origin === 'reader')!;
    await updateAnnotation(db, mark.id, { note: '匯出後改的' }, Date.now() + 1000);
    importText(downloads[0]!.text);
    await screen.findByText(
      'Imported 2 pages and 5 annotations. Kept 1 stored record that was changed after the file’s copy was made.',
    );
    expect((await db.annotations.get(mark.id))!.note).toBe('匯出後改的');
  });

  it('a full disk during an import says what to do, and changes nothing', async () => {
    await seed(db);
    const { deps, downloads } = fakeDeps();
    render(<Options deps={deps} />);
    await screen.findByText('2 pages and 6 annotations are stored in this browser.');
    fireEvent.click(screen.getByText('Export everything (JSON)'));
    await screen.findByText('Exported 2 pages and 6 annotations.');
    const before = await db.annotations.toArray();
    const restore = failWrites('annotations'); // the import's bulkPut fails as a full disk makes it fail
    try {
      importText(downloads[0]!.text);
      const alert = await within(screen.getByTestId('data')).findByRole('alert');
      expect(alert.textContent).toBe(
        'Storage is full: nothing was saved. Free some disk space, or export your notes and delete old articles (Options → Data), then try again.',
      );
    } finally {
      restore();
    }
    expect(await db.annotations.toArray()).toEqual(before);
  });

  it('deletes everything after a confirmation that says how many items go', async () => {
    await seed(db);
    render(<Options deps={fakeDeps().deps} />);
    await screen.findByText('2 pages and 6 annotations are stored in this browser.');
    fireEvent.click(screen.getByText('Delete everything…'));
    const confirm = screen.getByTestId('confirm');
    expect(confirm.textContent).toContain('Delete all 8 items (2 pages and 6 annotations)?');
    fireEvent.click(within(confirm).getByText('Delete 8 items'));
    await screen.findByText('Everything was deleted.');
    expect(await db.annotations.count()).toBe(0);
    expect(await db.pages.count()).toBe(0);
  });
});

describe('options: notes export (Markdown, CSV, W3C) and W3C import', () => {
  const file = (text: string) => new File([text], 'notes.jsonld', { type: 'application/ld+json' });
  const importText = (text: string) =>
    fireEvent.change(screen.getByTestId('import'), { target: { files: [file(text)] } });
  const alertText = () => within(screen.getByTestId('data')).getByRole('alert').textContent;

  it.each([
    ['Export notes (Markdown)', 'md', 'text/markdown;charset=utf-8', '## 2021年工會工作十大事件'],
    ['Export notes (CSV)', 'csv', 'text/csv;charset=utf-8', '\uFEFFkind,date,date_end,'],
    [
      'Export notes (W3C Web Annotation JSON-LD)',
      'jsonld',
      'application/ld+json',
      '"@context": "http://www.w3.org/ns/anno.jsonld"',
    ],
  ])('%s downloads zhuji-<date>.%s as %s', async (label, extension, type, content) => {
    await seed(db);
    const { deps, downloads } = fakeDeps();
    render(<Options deps={deps} />);
    await screen.findByText('2 pages and 6 annotations are stored in this browser.');
    fireEvent.click(screen.getByText(label));
    await screen.findByText('Exported 2 pages and 6 annotations.');
    expect(downloads).toHaveLength(1);
    expect(downloads[0]!.name).toMatch(new RegExp(`^zhuji-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`));
    expect(downloads[0]!.type).toBe(type);
    expect(downloads[0]!.text).toContain(content);
  });

  it('the Markdown document speaks the UI language', async () => {
    await seed(db);
    setLocale('zh-Hant');
    const { deps, downloads } = fakeDeps();
    render(<Options deps={deps} />);
    fireEvent.click(await screen.findByText('匯出筆記（Markdown）'));
    await screen.findByText('已匯出 2 個頁面、6 則標註。');
    expect(downloads[0]!.text).toMatch(/^# 注記筆記\n\n_匯出於 \d{4}-\d{2}-\d{2}_\n/);
    expect(downloads[0]!.text).toContain(
      '### 事件\n\n- **2021-07-29** 2021年7月29日，全國總工會在北京召開會議',
    );
  });

  it('the JSON export says it is JSON', async () => {
    const { deps, downloads } = fakeDeps();
    render(<Options deps={deps} />);
    await screen.findByText('0 pages and 0 annotations are stored in this browser.');
    fireEvent.click(screen.getByText('Export everything (JSON)'));
    await screen.findByText('Exported 0 pages and 0 annotations.');
    expect(downloads[0]).toMatchObject({ type: 'application/json', name: expect.stringMatching(/\.json$/) });
  });

  it('a W3C export imports into an empty database: the reader’s items, pages with their titles, search rebuilt', async () => {
    await seed(db);
    const { deps, downloads } = fakeDeps();
    render(<Options deps={deps} />);
    await screen.findByText('2 pages and 6 annotations are stored in this browser.');
    fireEvent.click(screen.getByText('Export notes (W3C Web Annotation JSON-LD)'));
    await screen.findByText('Exported 2 pages and 6 annotations.');
    const before = await db.annotations.toArray();
    cleanup();
    await db.delete();
    db = freshDb();
    render(<Options deps={{ ...deps, db }} />);
    await screen.findByText('0 pages and 0 annotations are stored in this browser.');
    importText(downloads[0]!.text);
    await screen.findByText('Imported 2 pages and 6 annotations.');
    const after = await db.annotations.toArray();
    expect(after.map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
    for (const a of after) {
      const old = before.find((b) => b.id === a.id)!;
      expect(a).toMatchObject({
        selectors: old.selectors,
        note: old.note,
        tags: old.tags,
        date: old.date,
        origin: 'reader',
      });
    }
    expect((await db.pages.get('https://news.example.tw/a.html'))?.title).toBe('2021年工會工作十大事件');
    expect(await searchAnnotations(db, '工会')).toHaveLength(3);
  });

  it('a W3C import merges into stored pages and replaces items with the same id', async () => {
    await seed(db);
    const visitsBefore = (await db.pages.get('https://news.example.tw/a.html'))!.visits;
    const { deps, downloads } = fakeDeps();
    render(<Options deps={deps} />);
    await screen.findByText('2 pages and 6 annotations are stored in this browser.');
    fireEvent.click(screen.getByText('Export notes (W3C Web Annotation JSON-LD)'));
    await screen.findByText('Exported 2 pages and 6 annotations.');
    importText(downloads[0]!.text);
    await screen.findByText('Imported 2 pages and 6 annotations.');
    expect(await db.annotations.count()).toBe(6);
    expect((await db.pages.get('https://news.example.tw/a.html'))!.visits).toBe(visitsBefore);
  });

  it('refuses a malformed W3C file naming the path, and changes nothing', async () => {
    await seed(db);
    render(<Options deps={fakeDeps().deps} />);
    await screen.findByText('2 pages and 6 annotations are stored in this browser.');
    const bad = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          type: 'Annotation',
          target: { source: 'https://x.example.com/', selector: { type: 'TextQuoteSelector', exact: 'ok' } },
        },
        { type: 'Annotation', target: { source: 'https://x.example.com/', selector: [] } },
      ],
    };
    importText(JSON.stringify(bad));
    await waitFor(() =>
      expect(alertText()).toBe(
        'Nothing was imported: the file is not valid W3C Web Annotation JSON-LD (items[1].target.selector: no TextQuoteSelector).',
      ),
    );
    expect(await db.annotations.count()).toBe(6);
    expect(await db.pages.get('https://x.example.com/')).toBeUndefined();
  });

  it('imports Hypothesis’s own JSON export, saying how many replies and page notes were left out', async () => {
    render(<Options deps={fakeDeps().deps} />);
    await screen.findByText('0 pages and 0 annotations are stored in this browser.');
    const page = 'https://news.example.tw/a.html';
    const quote = (exact: string) => [{ source: page, selector: [{ type: 'TextQuoteSelector', exact }] }];
    const hypothesis = {
      export_date: '2024-06-01T00:00:00.000Z',
      export_userid: 'acct:reader@hypothes.is',
      client_version: '1.1500.0',
      annotations: [
        {
          id: 'a1',
          uri: page,
          text: '待核實',
          tags: ['工會'],
          target: quote('全國總工會'),
          document: { title: ['十大事件'] },
        },
        { id: 'a2', uri: page, text: '', tags: [], target: quote('1594個') },
        { id: 'a3', uri: page, text: '同意', tags: [], target: [{ source: page }], references: ['a1'] },
      ],
    };
    importText(JSON.stringify(hypothesis));
    await screen.findByText(
      'Imported 1 page and 2 annotations. Left out 1 (replies or page notes): they quote nothing on the page.',
    );
    expect((await db.pages.get(page))?.title).toBe('十大事件');
    expect(await searchAnnotations(db, '工会')).toHaveLength(1);
    importText(
      JSON.stringify({ ...hypothesis, annotations: [{ ...hypothesis.annotations[0], tags: '工會' }] }),
    );
    await waitFor(() =>
      expect(alertText()).toBe(
        'Nothing was imported: the file looks like Hypothesis’s JSON but is not valid (annotations[0].tags: expected a list).',
      ),
    );
    expect(await db.annotations.count()).toBe(2);
  });

  it('refuses JSON that is neither a Zhuji export nor W3C', async () => {
    render(<Options deps={fakeDeps().deps} />);
    await screen.findByText('0 pages and 0 annotations are stored in this browser.');
    importText('{"title":"some other app"}');
    await waitFor(() =>
      expect(alertText()).toMatch(
        /^Nothing was imported: the file is not a Zhuji export, W3C Web Annotation JSON-LD or Hypothesis JSON \(/,
      ),
    );
    expect(await db.pages.count()).toBe(0);
  });
});

describe('options: collected articles', () => {
  it('lists articles; deleting one names what goes, offers the export first, and removes only that article', async () => {
    await seed(db);
    const { deps, downloads } = fakeDeps();
    render(<Options deps={deps} />);
    const section = await screen.findByTestId('articles');
    await within(section).findByText('2021年工會工作十大事件');
    expect(within(section).getByText('两会观察')).toBeTruthy();

    const itemA = within(section).getByText('2021年工會工作十大事件').closest('li')!;
    fireEvent.click(within(itemA).getByText('Delete…'));
    const dialog = await within(itemA).findByRole('alertdialog');
    expect(dialog.textContent).toContain(
      'Delete “2021年工會工作十大事件” and its 3 items (notes, figures and events)?',
    );

    fireEvent.click(within(dialog).getByText('Export first'));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]!.name).toMatch(/\.md$/);
    expect(downloads[0]!.text).toContain('2021年工會工作十大事件');
    expect(downloads[0]!.text).not.toContain('两会观察');

    fireEvent.click(within(dialog).getByText('Delete the article and 3 items'));
    await within(section).findByText('Deleted the article and 3 annotations.');
    expect(await db.pages.get('https://news.example.tw/a.html')).toBeUndefined();
    expect(await db.annotations.where('page').equals('https://news.example.tw/a.html').count()).toBe(0);
    expect(await db.annotations.where('page').equals('https://xinhua.example.cn/b.html').count()).toBe(3);
    await waitFor(() => expect(within(section).queryByText('2021年工會工作十大事件')).toBeNull());
  });
});
