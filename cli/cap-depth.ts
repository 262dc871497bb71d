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
 * The markup with no element deeper than `limit` (<html> is depth 1) holding anything: the
 * descendants of an element nested deeper are moved to lie after it, as its siblings, in
 * document order. The same string when the page nests no deeper. Iterative: the depth of the
 * page costs no stack.
 */
export function capDepth(html: string, limit = MAX_DEPTH): string {
  const doc = parse(html);
  let moved = 0;
  const stack: [ParentNode | ChildNode, number][] = [[doc, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [ParentNode | ChildNode, number];
    const children = childrenOf(node);
    if (!children?.length) continue;
    if (depth <= limit || !('parentNode' in node) || !node.parentNode) {
      for (const c of children) stack.push([c, depth + 1]);
      continue;
    }
    // Its descendants in document order, each without its children, after it in its parent.
    const flat: ChildNode[] = [];
    const pending: ChildNode[] = [...children].reverse();
    while (pending.length) {
      const c = pending.pop() as ChildNode;
      flat.push(c);
      const inner = childrenOf(c);
      if (inner?.length) {
        for (let i = inner.length - 1; i >= 0; i--) pending.push(inner[i] as ChildNode);
        inner.length = 0;
      }
      c.parentNode = node.parentNode;
    }
    children.length = 0;
    // (A new array, not a splice of a spread: a spread of 100,000 nodes overflows the stack.)
    const siblings = node.parentNode.childNodes;
    const at = siblings.indexOf(node as ChildNode) + 1;
    node.parentNode.childNodes = siblings.slice(0, at).concat(flat, siblings.slice(at));
    moved += flat.length;
  }
  return moved ? serialize(doc) : html;
}
