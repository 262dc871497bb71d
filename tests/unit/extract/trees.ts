import fc from 'fast-check';

/**
 * Markup of random trees: at depth 1 one of `leaves`, above it an element opened by one of
 * `tags` (a tag name and its attributes, as written in the start tag) around up to 3 subtrees.
 */
export function htmlTree(leaves: readonly string[], tags: readonly string[]): fc.Memo<string> {
  const node: fc.Memo<string> = fc.memo((n) =>
    n <= 1
      ? fc.constantFrom(...leaves)
      : fc
          .tuple(fc.constantFrom(...tags), fc.array(node(n - 1), { maxLength: 3 }))
          .map(([tag, inner]) => `<${tag}>${inner.join('')}</${tag.split(' ')[0]}>`),
  );
  return node;
}
