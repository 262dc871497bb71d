import { vi } from 'vitest';
import {
  deleteAnnotation,
  restoreAnnotation,
  saveAnnotation,
  updateAnnotation,
} from '../../../lib/db/annotations';
import { collectPage } from '../../../lib/db/collect';
import { ZhujiDatabase } from '../../../lib/db/database';
import type { AnnotationInput } from '../../../lib/db/types';
import type { PageState } from '../../../lib/messaging';
import type { PopupDeps } from '../../../entrypoints/popup/deps';
import { eventInput, highlightInput, pageInput } from '../db/fixtures';

export const TEXT_A =
  '2021年7月29日，全國總工會在北京召開會議。\n全總智庫於9月29日正式成立。\n工會法修改自2022年1月1日起施行。';
export const TEXT_B =
  '2023年3月5日，十四届全国人大一次会议开幕。\n5月1日起，新版劳动法规施行，工会将参与监督。';

export const PAGE_A = pageInput('https://news.example.tw/a.html', '2021年工會工作十大事件', {
  source: '工人日報',
  published: '2022-01-29T09:30:00+08:00',
});
export const PAGE_B = pageInput('https://xinhua.example.cn/b.html', '两会观察', { source: '新华社' });

/** Two articles: three Traditional events on A, two Simplified events and a highlight on B. */
export async function seed(db: ZhujiDatabase) {
  await collectPage(
    db,
    PAGE_A,
    [
      eventInput(TEXT_A, '2021年7月29日，全國總工會在北京召開會議', '2021-07-29'),
      eventInput(TEXT_A, '全總智庫於9月29日正式成立', '2021-09-29'),
      eventInput(TEXT_A, '工會法修改自2022年1月1日起施行', '2022-01-01'),
    ],
    1000,
  );
  await collectPage(
    db,
    PAGE_B,
    [
      eventInput(TEXT_B, '2023年3月5日，十四届全国人大一次会议开幕', '2023-03-05'),
      eventInput(TEXT_B, '新版劳动法规施行，工会将参与监督', '2023-05-01'),
    ],
    2000,
  );
  const mark: AnnotationInput = highlightInput(TEXT_B, '十四届全国人大', '值得追踪', ['两会']);
  await saveAnnotation(db, PAGE_B, mark, 3000);
}

export const ARTICLE_STATE: PageState = {
  isArticle: true,
  confidence: 0.9,
  metadata: {
    title: '2021年工會工作十大事件',
    subtitle: '',
    published: '2022-01-29T09:30:00+08:00',
    source: '工人日報',
    authors: ['王鑫', '李娜'],
    editor: '',
    language: 'zh-Hant',
    canonicalUrl: 'https://news.example.tw/a.html',
  },
  counts: { events: 10, figures: 26, highlights: 1, junk: 5, glosses: 3, orphaned: 0 },
  orphanIds: [],
  switches: { highlights: true, hideJunk: true, hideGlosses: true, script: 'original' },
  siteOff: false,
  site: 'news.example.tw',
};

/** Popup deps on a test database: background messages run the lib/db functions directly. */
export function fakeDeps(db: ZhujiDatabase, opts: { tabState?: PageState | Error; tabUrl?: string } = {}) {
  const tabCalls: { type: string; data: unknown }[] = [];
  const requestTab = vi.fn(async (_id: number, type: string, data: unknown) => {
    tabCalls.push({ type, data });
    const state = opts.tabState;
    if (!state || state instanceof Error)
      throw state ?? new Error('Could not establish connection. Receiving end does not exist.');
    if (type === 'setSwitches') return { ...state, switches: { ...state.switches, ...(data as object) } };
    if (type === 'annotateAnyway') return { ...state, isArticle: true };
    if (type === 'reveal') return true;
    return state;
  });
  const request = vi.fn(async (type: string, data: never) => {
    const d = data as { id: string; patch: never; record: never };
    if (type === 'ping') return { name: 'Zhuji', version: '0.1.0' };
    if (type === 'updateAnnotation') return updateAnnotation(db, d.id, d.patch);
    if (type === 'deleteAnnotation') return deleteAnnotation(db, d.id);
    if (type === 'restoreAnnotation') return restoreAnnotation(db, d.record);
    throw new Error(`unexpected ${type}`);
  });
  const created: string[] = [];
  const deps = {
    db,
    request,
    requestTab,
    tabs: {
      active: vi.fn(async () => ({ id: 7, windowId: 1, url: opts.tabUrl ?? PAGE_A.url })),
      all: vi.fn(async () => [{ id: 7, windowId: 1, url: opts.tabUrl ?? PAGE_A.url }]),
      activate: vi.fn(async () => undefined),
      create: vi.fn(async (url: string) => void created.push(url)),
    },
    openOptions: vi.fn(async () => undefined),
  } as unknown as PopupDeps;
  return { deps, tabCalls, created, request };
}

let n = 0;
export const freshDb = () => new ZhujiDatabase(`test-popup-${++n}-${Math.random()}`);
