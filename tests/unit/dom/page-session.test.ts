// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { analyzeWithModel } from '../../../lib/analyze';
import { GLOSS_ATTR } from '../../../lib/dom/glosses';
import { PageSession } from '../../../lib/dom/page-session';
import { macrotask } from '../../../lib/dom/slices';

const SEED = readFileSync('tests/fixtures/seed.html', 'utf8');
const COLORS = { figure: '#fff3b0', event: '#cde8ff', highlight: ['#ffe08a'] };
const SWITCHES = { highlights: true, hideJunk: true, hideGlosses: true };
/** A turn of the same queue the session's slices yield on: one slice at a time. */
const tick = macrotask;
const marks = (kind: string) => document.querySelectorAll(`zhuji-mark[data-kind=${kind}]`).length;

describe('PageSession.settle (jsdom: the wrapping highlighter)', () => {
  beforeEach(() => {
    const parsed = new DOMParser().parseFromString(SEED, 'text/html');
    document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  });

  it('wraps the glosses, then draws every group of the analysis, a group a slice', async () => {
    const result = analyzeWithModel(document);
    const session = new PageSession(document, result, COLORS, SWITCHES);
    expect(document.querySelectorAll(`[${GLOSS_ATTR}]`).length).toBe(0); // jobs are made in settle
    await session.settle();
    expect(document.querySelectorAll(`[${GLOSS_ATTR}]`).length).toBeGreaterThanOrEqual(
      result.analysis.glosses,
    );
    expect(marks('figure')).toBeGreaterThanOrEqual(result.analysis.figures.filter((f) => !f.suspect).length);
    expect(marks('event')).toBeGreaterThanOrEqual(result.analysis.events.length);
    session.destroy();
    expect(document.querySelectorAll(`zhuji-mark, [${GLOSS_ATTR}]`).length).toBe(0);
  });

  it('draws no more groups once the reader has turned highlights off while they were drawn', async () => {
    const result = analyzeWithModel(document);
    expect(result.analysis.events.length).toBeGreaterThan(0);
    const session = new PageSession(document, result, COLORS, SWITCHES);
    const settled = session.settle();
    while (marks('figure') === 0) await tick(); // the first group is drawn, the others are not yet
    expect(marks('event')).toBe(0);
    session.setSwitches({ highlights: false });
    await settled;
    expect(marks('figure') + marks('event')).toBe(0);
  });
});
