import { describe as describeSpan } from '../../../lib/anchor/describe';
import { minimalPage } from '../../../lib/db/records';
import type { AnnotationInput, PageInput } from '../../../lib/db/types';

export function pageInput(url: string, title = '', extra: Partial<PageInput> = {}): PageInput {
  return { ...minimalPage(url), title, ...extra };
}

/** An event found in `text` at the first occurrence of `exact`. */
export function eventInput(text: string, exact: string, date: string, heading = ''): AnnotationInput {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`${exact} not in text`);
  return {
    kind: 'event',
    selectors: describeSpan(text, start, start + exact.length),
    note: '',
    tags: [],
    color: '',
    event: {
      date,
      dateEnd: null,
      precision: date.length === 10 ? 'day' : date.length === 7 ? 'month' : 'year',
      heading,
      marker: '',
    },
  };
}

export function highlightInput(text: string, exact: string, note = '', tags: string[] = []): AnnotationInput {
  const start = text.indexOf(exact);
  if (start < 0) throw new Error(`${exact} not in text`);
  return {
    kind: 'highlight',
    selectors: describeSpan(text, start, start + exact.length),
    note,
    tags,
    color: 'yellow',
  };
}

export const ARTICLE =
  '2021年7月29日，全國總工會在北京召開會議。\n全總智庫於9月29日正式成立。\n工會法修改自2022年1月1日起施行。\n全國1594個工會參與，近億元投入。';
