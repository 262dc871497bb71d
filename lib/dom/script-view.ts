import type { TextModel } from '../extract/text-model';
import type { ScriptTarget } from '../text/script';

export type ScriptShown = 'original' | ScriptTarget;
export type ConvertTexts = (texts: string[], to: ScriptTarget) => Promise<string[]>;

/**
 * Shows the article in another script by replacing each text node's data with its
 * conversion — only where the length is unchanged, so the text model, highlights and
 * anchors keep their offsets. `original` (and undo) puts every node's own text back.
 */
export class ScriptView {
  private readonly originals = new Map<Text, string>();
  shown: ScriptShown = 'original';

  constructor(private readonly model: TextModel) {}

  private nodes(): Text[] {
    return [...new Set(this.model.segments.node)].filter((n) => n.isConnected);
  }

  async show(to: ScriptShown, convert: ConvertTexts): Promise<void> {
    if (to === 'original') return this.restore();
    const nodes = this.nodes();
    const converted = await convert(
      nodes.map((n) => this.originals.get(n) ?? n.data),
      to,
    );
    nodes.forEach((node, i) => {
      const next = converted[i];
      const original = this.originals.get(node) ?? node.data;
      if (next === undefined || next.length !== original.length || !node.isConnected) return;
      this.originals.set(node, original);
      if (node.data !== next) node.data = next;
    });
    this.shown = to;
  }

  restore(): void {
    for (const [node, data] of this.originals) if (node.data !== data) node.data = data;
    this.originals.clear();
    this.shown = 'original';
  }
}
