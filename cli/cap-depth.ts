/**
 * The nesting a browser's HTML parser builds, for pages read by jsdom. Chromium's parser keeps at
 * most 512 elements open: a node opened inside an element deeper than that is put beside that
 * element instead (in its parent), so whatever a page opens deeper ends up as the children of one
 * element, in document order. jsdom nests as deep as the markup says, in time that grows with the
 * square of the depth (5 s for 5,000 levels), and overflows its own call stack at about 10,000;
 * the extractor's walk overflows at about 3,000. So the CLI parses the markup with parse5 first
 * (a tenth of jsdom's time), and a page nested deeper than a browser nests is capped there and
 * serialized again: jsdom then reads what the extension reads in the browser.
 */
import { parse, serialize, type DefaultTreeAdapterMap } from 'parse5';

type ParentNode = DefaultTreeAdapterMap['parentNode'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

/** Chromium's kMaximumHTMLParserDOMTreeDepth. */
export const MAX_DEPTH = 512;

function childrenOf(node: ParentNode | ChildNode): ChildNode[] | undefined {
  return 'childNodes' in node ? node.childNodes : undefined;
}

/**
 * Nodes a capped page may move. Each node jsdom then inserts below an element 512 deep costs it a
 * walk up 512 ancestors: 20,000 take it ~8 s, 400,000 (a 5 MB page) minutes. A page that would
 * move more is refused with an error that says why.
 */
export const MAX_MOVED = 20_000;

/** Appends the descendants of `nodes` to `out` in document order, each without its children. */
function flattenInto(out: ChildNode[], nodes: ChildNode[], parent: ParentNode): void {
  const pending: ChildNode[] = [...nodes].reverse();
  while (pending.length) {
    const c = pending.pop() as ChildNode;
    out.push(c);
    const inner = childrenOf(c);
    if (inner?.length) {
      for (let i = inner.length - 1; i >= 0; i--) pending.push(inner[i] as ChildNode);
      inner.length = 0;
    }
    c.parentNode = parent;
  }
}

/**
 * The markup with no element deeper than `limit` (<html> is depth 1) holding anything: what an
 * element nested deeper holds is moved to lie after it, as its siblings, in document order. The
 * same string when the page nests no deeper. Iterative, and one pass over each element at depth
 * `limit`: the depth of the page costs no stack, and its width no repeated copies.
 */
export function capDepth(html: string, limit = MAX_DEPTH): string {
  const doc = parse(html);
  let moved = 0;
  const stack: [ParentNode | ChildNode, number][] = [[doc, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [ParentNode | ChildNode, number];
    const children = childrenOf(node);
    if (!children?.length) continue;
    if (depth < limit) {
      for (const c of children) stack.push([c, depth + 1]);
      continue;
    }
    // An element at `limit`: each child, then what the child held.
    const out: ChildNode[] = [];
    for (const c of children) {
      out.push(c);
      const inner = childrenOf(c);
      if (!inner?.length) continue;
      const before = out.length;
      flattenInto(out, inner, node as ParentNode);
      inner.length = 0;
      moved += out.length - before;
    }
    if (moved > MAX_MOVED)
      throw new Error(
        `nested deeper than a browser nests (${limit} levels) with over ${MAX_MOVED.toLocaleString('en')} nodes below that depth: not read`,
      );
    (node as ParentNode & { childNodes: ChildNode[] }).childNodes = out;
  }
  return moved ? serialize(doc) : html;
}
