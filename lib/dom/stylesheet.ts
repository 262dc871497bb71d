import { chipCss } from './date-chips';
import { GLOSS_ATTR } from './glosses';
import { JUNK_ATTR } from './junk';

/** Attributes on <html> that switch the page rules on. */
export const HIDE_JUNK = 'data-zhuji-hide-junk';
export const HIDE_GLOSSES = 'data-zhuji-hide-glosses';
export const SHOW_HIGHLIGHTS = 'data-zhuji-highlights';

export interface HighlightColors {
  figure: string;
  event: string;
  highlight: string[];
}

const COLOR = /^#[0-9a-f]{3,8}$/i;
const safe = (c: string, fallback: string) => (COLOR.test(c) ? c : fallback);

/** The page rules. Colors come from settings and are checked, so nothing else reaches the CSS. */
export function pageCss(colors: HighlightColors): string {
  const figure = safe(colors.figure, '#fff3b0');
  const event = safe(colors.event, '#d7ecff');
  // Dark text on the light highlight colors, so they stay readable on dark-themed sites too.
  const ink = 'color:#1d1d1f;';
  const reader = colors.highlight.map(
    (c, i) => `::highlight(zhuji-reader-${i}){background-color:${safe(c, '#ffe066')};${ink}}`,
  );
  return [
    `html[${HIDE_JUNK}] [${JUNK_ATTR}]{display:none!important}`,
    `html[${HIDE_GLOSSES}] [${GLOSS_ATTR}]{display:none!important}`,
    `::highlight(zhuji-figure){background-color:${figure};${ink}}`,
    `::highlight(zhuji-figure-suspect){background-color:#ffd6d6;${ink}text-decoration:underline wavy #c92a2a;}`,
    `::highlight(zhuji-event){background-color:${event};${ink}}`,
    `::highlight(zhuji-heading){text-decoration:underline 2px #1c7ed6;}`,
    `::highlight(zhuji-flash){background-color:#ffa94d;${ink}}`,
    ...reader,
    // the fallback where the Highlight API is missing
    `zhuji-mark{all:unset;display:inline}`,
    `zhuji-mark[data-kind="figure"]{background:${figure}}`,
    `zhuji-mark[data-kind="figure-suspect"]{background:#ffd6d6;text-decoration:underline wavy #c92a2a}`,
    `zhuji-mark[data-kind="event"]{background:${event}}`,
    ...colors.highlight.map(
      (c, i) => `zhuji-mark[data-kind="reader-${i}"]{background:${safe(c, '#ffe066')}}`,
    ),
    chipCss(SHOW_HIGHLIGHTS),
  ].join('\n');
}

/** Adds the page stylesheet; returns the function that removes it. */
export function injectStylesheet(doc: Document, css: string): { update(css: string): void; remove(): void } {
  const style = doc.createElement('style');
  style.setAttribute('data-zhuji', '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return {
    update: (next) => {
      style.textContent = next;
    },
    remove: () => style.remove(),
  };
}
