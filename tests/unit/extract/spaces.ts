/** Whitespace of each kind a page's text holds (normSpace folds them all; trim all but U+200B). */
export const SPACES = [' ', '  ', '\n', '\t', '\u3000', '\u00a0', '\u200b'];
