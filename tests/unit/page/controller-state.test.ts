// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { Controller } from '../../../entrypoints/content/controller';
import type { AnnotationRecord } from '../../../lib/db/types';

describe('the page state the popup reads', () => {
  it('counts the notes it placed as highlights, and names the orphaned ones apart', () => {
    const c = new Controller(document, {
      colors: { figure: '#fff3b0', event: '#d7ecff', highlight: ['#ffe066'] },
      kinds: { figures: true, events: true, hideJunk: true, hideGlosses: true },
      siteOff: false,
      script: 'original',
    });
    c.notes.records = [{ id: 'placed' }, { id: 'gone' }] as AnnotationRecord[];
    c.uiState.panel.orphans = [{ id: 'gone', quote: '集中入會行動', note: '' }];
    const state = c.state();
    expect(state.counts.highlights).toBe(1);
    expect(state.counts.orphaned).toBe(1);
    expect(state.orphanIds).toEqual(['gone']);
  });
});
