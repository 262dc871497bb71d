// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../../entrypoints/popup/App';
import type { ZhujiDatabase } from '../../../lib/db/database';
import { setLocale } from '../../../lib/i18n';
import { sitesOff } from '../../../lib/settings';
import { ARTICLE_STATE, fakeDeps, freshDb, PAGE_B, seed } from './helpers';

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

const rowTexts = () => screen.queryAllByTestId('row-text').map((el) => el.textContent);
const days = () => screen.queryAllByTestId('day').map((el) => el.textContent);
const search = (text: string) => fireEvent.input(screen.getByTestId('search'), { target: { value: text } });

describe('popup timeline', () => {
  it('lists collected events grouped by date, newest first, and oldest first on request', async () => {
    await seed(db);
    render(<App deps={fakeDeps(db).deps} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    expect(days()).toEqual(['1 May 2023', '5 Mar 2023', '1 Jan 2022', '29 Sep 2021', '29 Jul 2021']);
    expect(rowTexts()[0]).toBe('新版劳动法规施行，工会将参与监督');
    // each row names its source and article
    const first = screen.getAllByTestId('row')[0]!;
    expect(first.textContent).toContain('新华社');
    expect(first.textContent).toContain('两会观察');
    fireEvent.change(screen.getByLabelText('Order'), { target: { value: 'oldest' } });
    await waitFor(() => expect(days()[0]).toBe('29 Jul 2021'));
    expect(rowTexts().at(-1)).toBe('新版劳动法规施行，工会将参与监督');
  });

  it('shows highlights and notes in their own tab', async () => {
    await seed(db);
    render(<App deps={fakeDeps(db).deps} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    fireEvent.click(screen.getByRole('tab', { name: /Highlights/ }));
    await waitFor(() => expect(rowTexts()).toEqual(['十四届全国人大']));
    expect(screen.getByTestId('row').textContent).toContain('值得追踪');
  });

  it('tells a new reader what to do when nothing is collected', async () => {
    render(<App deps={fakeDeps(db).deps} />);
    const empty = await screen.findByTestId('empty');
    expect(empty.textContent).toContain('Nothing collected yet');
    expect(empty.textContent).toContain('Open a Chinese news article');
  });

  it('shows a database error in words', async () => {
    await seed(db);
    vi.spyOn(db.annotations, 'toArray').mockRejectedValue(new Error('disk I/O error'));
    render(<App deps={fakeDeps(db).deps} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Could not read what Zhuji collected: disk I/O error',
    );
  });
});

describe('popup search and filters', () => {
  it('finds Traditional text with a Simplified query and the other way round, as the reader types', async () => {
    await seed(db);
    render(<App deps={fakeDeps(db).deps} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    search('工会');
    await waitFor(() => expect(rowTexts()).toHaveLength(3));
    expect(rowTexts()).toContain('工會法修改自2022年1月1日起施行');
    expect(rowTexts()).toContain('新版劳动法规施行，工会将参与监督');
    search('勞動');
    await waitFor(() => expect(rowTexts()).toEqual(['新版劳动法规施行，工会将参与监督']));
    search('無此事');
    expect((await screen.findByTestId('empty')).textContent).toContain('Nothing matches “無此事”');
  });

  it('never shows the unfiltered list while the script converter is still loading', async () => {
    await seed(db);
    render(<App deps={fakeDeps(db).deps} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    search('工會'); // typed before the converter arrived: no rows yet, not all five
    expect(screen.getByRole('tabpanel').getAttribute('data-search')).toBe('loading');
    expect(rowTexts()).toEqual([]);
    await waitFor(() => expect(rowTexts()).toHaveLength(3)); // then every match, in both scripts
  });

  it('counts matches per tab while searching, and searches notes and tags', async () => {
    await seed(db);
    render(<App deps={fakeDeps(db).deps} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    search('追蹤'); // the note says 值得追踪
    await waitFor(() => expect(screen.getByRole('tab', { name: /Highlights/ }).textContent).toContain('1'));
    fireEvent.click(screen.getByRole('tab', { name: /All/ }));
    await waitFor(() => expect(rowTexts()).toEqual(['十四届全国人大']));
  });

  it('filters by source, tag and date range', async () => {
    await seed(db);
    render(<App deps={fakeDeps(db).deps} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    fireEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const filters = screen.getByTestId('filters');
    fireEvent.change(within(filters).getByLabelText('Source'), { target: { value: 'xinhua.example.cn' } });
    await waitFor(() => expect(rowTexts()).toHaveLength(2));
    fireEvent.change(within(filters).getByLabelText('Source'), { target: { value: '' } });
    fireEvent.input(within(filters).getByLabelText('From'), { target: { value: '2021-09-01' } });
    fireEvent.input(within(filters).getByLabelText('To'), { target: { value: '2022-12-31' } });
    await waitFor(() => expect(days()).toEqual(['1 Jan 2022', '29 Sep 2021']));
    fireEvent.click(within(filters).getByText('Clear filters'));
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    fireEvent.click(screen.getByRole('tab', { name: /All/ }));
    fireEvent.change(within(filters).getByLabelText('Tag'), { target: { value: '两会' } });
    await waitFor(() => expect(rowTexts()).toEqual(['十四届全国人大']));
  });
});

describe('popup editing', () => {
  it('edits a note and tags through the background', async () => {
    await seed(db);
    const { deps, request } = fakeDeps(db);
    render(<App deps={deps} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    fireEvent.click(screen.getByRole('button', { name: /Edit note and tags of “新版劳动/ }));
    const editor = screen.getByTestId('editor');
    fireEvent.input(within(editor).getByLabelText('Note'), { target: { value: '跟進' } });
    fireEvent.input(within(editor).getByLabelText(/Tags/), { target: { value: '勞工，#工會, 勞工' } });
    fireEvent.submit(editor);
    await waitFor(() => expect(screen.queryByTestId('editor')).toBeNull());
    expect(request).toHaveBeenCalledWith(
      'updateAnnotation',
      expect.objectContaining({ patch: { note: '跟進', tags: ['勞工', '工會'] } }),
    );
    await waitFor(() => expect(screen.getAllByTestId('row')[0]!.textContent).toContain('#勞工 #工會'));
  });

  it('deletes with undo', async () => {
    await seed(db);
    render(<App deps={fakeDeps(db).deps} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    fireEvent.click(screen.getByRole('button', { name: /Delete “新版劳动/ }));
    await waitFor(() => expect(rowTexts()).toHaveLength(4));
    expect(await db.tombstones.count()).toBe(1);
    fireEvent.click(within(screen.getByTestId('undo')).getByText('Undo'));
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    expect(await db.tombstones.count()).toBe(0);
  });

  it('works from the keyboard: arrows move between rows, E edits, Delete deletes, Enter opens', async () => {
    await seed(db);
    const { deps, created } = fakeDeps(db);
    render(<App deps={deps} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    const first = screen.getAllByTestId('row')[0]!.closest<HTMLElement>('.vitem')!;
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    const second = document.activeElement as HTMLElement;
    expect(second.textContent).toContain('2023年3月5日');
    fireEvent.keyDown(second, { key: 'e' });
    expect(within(screen.getByTestId('editor')).getByText(/2023年3月5日/)).toBeTruthy();
    fireEvent.keyDown(screen.getByLabelText('Note'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('editor')).toBeNull());
    fireEvent.keyDown(second, { key: 'Enter' });
    await waitFor(() => expect(created).toHaveLength(1));
    fireEvent.keyDown(second, { key: 'Delete' });
    await waitFor(() => expect(rowTexts()).toHaveLength(4));
  });

  it('opens an article: reveals in its open tab, or opens a new tab with the item in the hash', async () => {
    await seed(db);
    const { deps, tabCalls, created } = fakeDeps(db, { tabState: ARTICLE_STATE });
    render(<App deps={deps} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    fireEvent.click(screen.getByText('工會法修改自2022年1月1日起施行'));
    await waitFor(() => expect(tabCalls.some((c) => c.type === 'reveal')).toBe(true));
    expect(deps.tabs.activate).toHaveBeenCalled();
    fireEvent.click(screen.getByText('新版劳动法规施行，工会将参与监督'));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(created[0]).toMatch(new RegExp(`^${PAGE_B.url}#zhuji-reveal=auto-event-`));
  });
  it('finds the article’s tab by asking tabs whose address it cannot see', async () => {
    await seed(db);
    const { deps, tabCalls, created } = fakeDeps(db, { tabState: ARTICLE_STATE });
    deps.tabs.all = async () => [{ id: 7 }, { id: 8, url: 'https://other.example/' }];
    render(<App deps={deps} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    fireEvent.click(screen.getByText('新版劳动法规施行，工会将参与监督'));
    await waitFor(() => expect(deps.tabs.activate).toHaveBeenCalledWith({ id: 7 }));
    expect(tabCalls.filter((c) => c.type === 'reveal')).toHaveLength(1); // tab 8 shows another page
    expect(created).toHaveLength(0);
  });
});

describe('popup: this page', () => {
  it('says in words when Zhuji is not running on the page', async () => {
    render(<App deps={fakeDeps(db).deps} />);
    expect((await screen.findByTestId('page-unavailable')).textContent).toContain('not running on this page');
  });

  it('says so when the tab is not a web page', async () => {
    render(<App deps={fakeDeps(db, { tabUrl: 'chrome://newtab/' }).deps} />);
    expect((await screen.findByTestId('page-unavailable')).textContent).toContain('not a web page');
  });

  it('shows the article and sends its switches to the tab', async () => {
    const { deps, tabCalls } = fakeDeps(db, { tabState: ARTICLE_STATE });
    render(<App deps={deps} />);
    const card = await screen.findByTestId('article');
    expect(card.textContent).toContain('2021年工會工作十大事件');
    expect(card.textContent).toContain(
      '工人日報 · 2022年1月29日'.replace('2022年1月29日', '29 Jan 2022 09:30'),
    );
    expect(card.textContent).toContain('Reporters: 王鑫, 李娜');
    expect(card.textContent).toContain('Events 10');
    fireEvent.click(screen.getByLabelText('Hide pinyin'));
    fireEvent.click(screen.getByLabelText('简体'));
    await waitFor(() => expect(tabCalls.filter((c) => c.type === 'setSwitches')).toHaveLength(2));
    expect(tabCalls.filter((c) => c.type === 'setSwitches').map((c) => c.data)).toEqual([
      { hideGlosses: false },
      { script: 'hans' },
    ]);
  });

  it('shows every count as its own item (they wrap, none is cut off), the orphaned count first and marked', async () => {
    const state = { ...ARTICLE_STATE, counts: { ...ARTICLE_STATE.counts, orphaned: 1 } };
    const expected = {
      en: [
        'Not found on the page 1',
        'Events 10',
        'Figures 26',
        'Highlights 1',
        'Hidden blocks 5',
        'Pinyin glosses 3',
      ],
      'zh-Hans': ['页面上找不到 1', '事件 10', '数字 26', '划线 1', '已隐藏区块 5', '拼音注音 3'],
      'zh-Hant': ['頁面上找不到 1', '事件 10', '數字 26', '劃線 1', '已隱藏區塊 5', '拼音注音 3'],
    };
    for (const [locale, items] of Object.entries(expected)) {
      setLocale(locale as 'en');
      render(<App deps={fakeDeps(db, { tabState: state }).deps} />);
      const counts = await screen.findByTestId('counts');
      expect(
        within(counts)
          .getAllByRole('listitem')
          .map((li) => li.textContent!.replace('⚠ ', '')),
      ).toEqual(items);
      expect(screen.getByTestId('count-orphaned').className).toBe('orphaned');
      cleanup();
    }
  });

  it('marks the notes the page cannot place, in words for screen readers', async () => {
    await seed(db);
    const mark = (await db.annotations.toArray()).find((r) => r.kind !== 'event')!;
    const state = {
      ...ARTICLE_STATE,
      counts: { ...ARTICLE_STATE.counts, orphaned: 1 },
      orphanIds: [mark.id],
    };
    render(<App deps={fakeDeps(db, { tabState: state }).deps} />);
    await waitFor(() => expect(rowTexts()).toHaveLength(5));
    expect(screen.queryAllByTestId('row-orphan')).toHaveLength(0); // events are placed
    fireEvent.click(screen.getByRole('tab', { name: /Highlights/ }));
    await waitFor(() => expect(rowTexts()).toEqual(['十四届全国人大']));
    const marker = within(screen.getByTestId('row')).getByRole('img');
    expect(marker.getAttribute('aria-label')).toBe('Not found on this page: its text has changed or gone');
  });

  it('offers "annotate anyway" on a page that is not an article', async () => {
    const { deps, tabCalls } = fakeDeps(db, { tabState: { ...ARTICLE_STATE, isArticle: false } });
    render(<App deps={deps} />);
    fireEvent.click(await screen.findByText('Not an article? Annotate anyway'));
    await screen.findByTestId('article');
    expect(tabCalls.map((c) => c.type)).toContain('annotateAnyway');
  });

  it('turns Zhuji off for this site and back on', async () => {
    render(<App deps={fakeDeps(db, { tabState: ARTICLE_STATE }).deps} />);
    fireEvent.click(await screen.findByText('Off on news.example.tw'));
    await waitFor(async () => expect(await sitesOff.getValue()).toEqual(['news.example.tw']));
    fireEvent.click(await screen.findByText('Turn back on here'));
    await waitFor(async () => expect(await sitesOff.getValue()).toEqual([]));
  });
});
