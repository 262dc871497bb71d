/**
 * Pure: text from a page (or from the reader) made inert in Markdown. Every character that can
 * start markup in CommonMark, GFM or Obsidian is backslash-escaped, so a quote such as
 * `# <script>…</script> | [x](javascript:…)` renders as exactly those characters: no heading,
 * no HTML, no table, no link, no code, no math, no Obsidian comment or wikilink.
 */

/** C0/C1 controls other than tab and line breaks; they have no place in an export. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** Escaped anywhere in a line. */
const INLINE = /[\\`*_[\]<>#|~$&]/g;

function escapeLine(line: string): string {
  let s = line
    .trim()
    .replace(INLINE, '\\$&')
    // Obsidian: %%comment%% hides text, ==mark== highlights it
    .replace(/%%/g, '%\\%')
    .replace(/==/g, '=\\=');
  // what starts a block only at the start of a line: list items, setext underlines, ordered lists
  s = s.replace(/^([-+=])(?=[\s\-=]|$)/, '\\$1').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
  return s;
}

/** One line of inert text: line breaks become spaces (for headings, list items, table-free lines). */
export function mdInline(text: string): string {
  return escapeLine(text.replace(CONTROLS, '').replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' '));
}

/** Inert text keeping its lines (each escaped on its own; blank lines kept, at most one in a row). */
export function mdLines(text: string): string[] {
  const lines = text
    .replace(CONTROLS, '')
    .split(/\r\n|[\r\n\u2028\u2029]/)
    .map(escapeLine);
  const out: string[] = [];
  for (const line of lines) if (line !== '' || (out.length > 0 && out[out.length - 1] !== '')) out.push(line);
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** A blockquote of inert text. */
export function mdQuote(text: string): string {
  const lines = mdLines(text);
  return (lines.length ? lines : ['']).map((l) => (l ? `> ${l}` : '>')).join('\n');
}

/** `#tag` for Obsidian and others: spaces become `_`, markup characters are escaped. */
export function mdTag(tag: string): string {
  const body = mdInline(tag).replace(/\s+/g, '_');
  return body ? `#${body}` : '';
}

/** An http(s) address as an autolink; anything else as inert text. */
export function mdLink(href: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return mdInline(href);
  }
  // URL.href percent-encodes spaces, < and >, so it cannot leave the autolink
  return url.protocol === 'http:' || url.protocol === 'https:' ? `<${url.href}>` : mdInline(href);
}
