/**
 * The lines an essay opens with under its headline, before the prose: the writer's name alone
 * (胡平) and a subtitle set after a dash (——对文化革命的政治心理学分析). They are the page's
 * metadata, not the story's first lines.
 */
import { dropFirstBlock, type BodyResult } from './blocks';
import { isLoneName } from './names';
import { proseStart } from './plain-headline';

/** A subtitle after a dash: ——副标题, — 副标题. */
const DASHED = /^[—－―]{1,2}\s*(?=\S)/;

/**
 * Takes the writer's name and a dashed subtitle out of the body's first blocks. The name is the
 * writer's only when neither the headline nor the story's first paragraph names that person
 * (a portrait's caption names the subject, whom the story names too).
 */
export function essayHead(body: BodyResult, headline: string): void {
  // (The index of the prose, less the lines taken out before it.)
  let start = proseStart(body.blocks);
  const first = body.blocks[0]?.paragraph.text ?? '';
  const prose = body.blocks[start]?.paragraph.text ?? '';
  if (start > 0 && isLoneName(first) && !headline.includes(first) && !prose.includes(first)) {
    body.writer = first;
    dropFirstBlock(body);
    start--;
  }
  const next = body.blocks[0]?.paragraph.text ?? '';
  if (!body.subtitle && start > 0 && DASHED.test(next) && next.length <= 40) {
    body.subtitle = next.replace(DASHED, '');
    dropFirstBlock(body);
  }
}
