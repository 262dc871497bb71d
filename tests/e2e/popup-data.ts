/** What scripts/screenshots.ts puts in the database for the README's popup screenshots, through the background's messages. */
import { readFileSync } from 'node:fs';
import { describe } from '../../lib/anchor/describe';
import type { AnnotationInput, PageInput } from '../../lib/db/types';
import { pageInput } from '../unit/db/fixtures';

const truth = JSON.parse(readFileSync('tests/fixtures/seed.truth.json', 'utf8')) as {
  metadata: { title: string; source?: string; published?: string };
  marked_events: { marker: string; heading: string; date: string }[];
};

const page = (url: string, extra: Partial<PageInput>): PageInput => pageInput(url, '', extra);

const event = (text: string, date: string, heading = '', marker = ''): AnnotationInput => ({
  kind: 'event',
  selectors: describe(text, 0, text.length),
  note: '',
  tags: [],
  color: '',
  event: {
    date,
    dateEnd: null,
    precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
    heading,
    marker,
  },
});

/** [page, events] pairs: the seed article (Traditional, its ten marked events) and a Simplified one. */
export function popupSeed(origin: string): { page: PageInput; events: AnnotationInput[] }[] {
  return [
    {
      page: page(`${origin}/seed.html`, {
        title: truth.metadata.title,
        source: truth.metadata.source ?? '工人日報',
        published: truth.metadata.published ?? '',
        language: 'zh-Hant',
      }),
      events: truth.marked_events.map((e) => event(e.heading, e.date, e.heading, e.marker)),
    },
    {
      page: page(`${origin}/encodings/gb18030-declared-utf8.html`, {
        title: '劳动者权益保障观察',
        source: '新华社',
        published: '2023-05-02T08:00:00+08:00',
        language: 'zh-Hans',
      }),
      events: [
        event('2023年5月1日，新修订的工会法实施细则正式施行。', '2023-05-01'),
        event('2022年12月，全国总工会发布新就业形态劳动者权益保障报告。', '2022-12'),
        event('2020年，各地工会组织开展“送温暖”活动。', '2020'),
      ],
    },
  ];
}

/** Runs in an extension page: sends each article to the background as its content script would. */
export async function sendSeed(articles: { page: PageInput; events: AnnotationInput[] }[]): Promise<number> {
  type Api = { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string } | undefined> } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  const api = (g.browser ?? g.chrome)!;
  for (const { page, events } of articles) {
    const reply = await api.runtime.sendMessage({ zhuji: 1, type: 'pageAnalyzed', data: { page, events } });
    if (!reply?.ok) throw new Error(`seed failed: ${reply?.error ?? 'no reply'}`);
  }
  return articles.length;
}
