import { describe, expect, it } from 'vitest';
import { dispatch, send, type Routes } from '../../lib/messaging';
import { validators } from '../../lib/db/validate-messages';
import { ARTICLE, eventInput, highlightInput, pageInput } from './db/fixtures';

const unused = () => {
  throw new Error('not in this test');
};
const routes: Routes = {
  ping: { validate: validators.ping, handle: () => ({ name: 'Zhuji', version: '1' }) },
  pageAnalyzed: { validate: validators.pageAnalyzed, handle: () => null },
  saveAnnotation: { validate: validators.saveAnnotation, handle: unused },
  updateAnnotation: { validate: validators.updateAnnotation, handle: unused },
  deleteAnnotation: { validate: validators.deleteAnnotation, handle: unused },
  restoreAnnotation: { validate: validators.restoreAnnotation, handle: unused },
  pageAnnotations: { validate: validators.pageAnnotations, handle: () => [] },
  convertText: { validate: validators.convertText, handle: ({ texts }) => texts },
  recentPages: {
    validate: validators.recentPages,
    handle: () => {
      throw new Error('database is closed');
    },
  },
};
const msg = (type: string, data: unknown) => dispatch(routes, { zhuji: 1, type, data }, {});
const error = async (type: string, data: unknown) => {
  const reply = await msg(type, data);
  if (reply.ok) throw new Error(`${type} accepted ${JSON.stringify(data)}`);
  return reply.error;
};

describe('dispatch', () => {
  it('routes a valid message and wraps the value', async () => {
    expect(await msg('ping', null)).toEqual({ ok: true, value: { name: 'Zhuji', version: '1' } });
  });

  it('rejects what is not a Zhuji message, and unknown or inherited types', async () => {
    expect(await dispatch(routes, 'hello', {})).toEqual({ ok: false, error: 'not a Zhuji message' });
    expect(await dispatch(routes, { type: 'ping' }, {})).toMatchObject({ ok: false });
    expect(await error('toString', null)).toBe('unknown message type: toString');
    expect(await error('__proto__', null)).toBe('unknown message type: __proto__');
  });

  it('turns a handler that throws into { ok: false } with its message', async () => {
    expect(await error('recentPages', { limit: 5 })).toBe('database is closed');
  });
});

describe('send', () => {
  const loopback = (envelope: unknown) => dispatch(routes, envelope, {});
  it('resolves with the value', async () => {
    expect(await send(loopback, 'ping', null)).toEqual({ name: 'Zhuji', version: '1' });
  });
  it('rejects with the receiver’s error text', async () => {
    await expect(send(loopback, 'recentPages', { limit: 0 })).rejects.toThrow(
      'limit: expected a whole number',
    );
  });
  it('rejects when nothing answers', async () => {
    await expect(send(async () => undefined, 'ping', null)).rejects.toThrow('no reply to ping');
  });
});

describe('every message validates its input (content scripts are untrusted)', () => {
  const page = pageInput('https://n.example/a', '標題');
  const event = eventInput(ARTICLE, '全總智庫於9月29日正式成立', '2021-09-29');
  const highlight = highlightInput(ARTICLE, '近億元');

  it('pageAnalyzed', async () => {
    expect(await msg('pageAnalyzed', { page, events: [event] })).toEqual({ ok: true, value: null });
    expect(await error('pageAnalyzed', { page: { ...page, url: 'javascript:alert(1)' }, events: [] })).toBe(
      'page.url: only http and https pages',
    );
    expect(await error('pageAnalyzed', { page: { ...page, title: 'x'.repeat(1001) }, events: [] })).toBe(
      'page.title: longer than 1000 characters',
    );
    expect(await error('pageAnalyzed', { page: { ...page, published: 'yesterday' }, events: [] })).toBe(
      'page.published: expected an ISO 8601 date',
    );
    expect(await error('pageAnalyzed', { page, events: Array(2001).fill(event) })).toBe(
      'events: more than 2000 items',
    );
    expect(await error('pageAnalyzed', { page, events: [{ ...event, event: undefined }] })).toBe(
      'events[0].event: an event needs its date',
    );
    expect(await error('pageAnalyzed', null)).toBe(': expected an object');
  });

  it('saveAnnotation', async () => {
    const bad = (annotation: unknown) => error('saveAnnotation', { page, annotation, events: [] });
    expect(await bad({ ...highlight, kind: 'script' })).toMatch(/^annotation\.kind: expected one of/);
    expect(await bad({ ...highlight, note: 7 })).toBe('annotation.note: expected text');
    expect(await bad({ ...highlight, tags: [{}] })).toBe('annotation.tags[0]: expected text');
    expect(await bad({ ...highlight, color: 'red;x:url(y)' })).toBe('annotation.color: expected a color');
    expect(await bad({ ...highlight, selectors: [] })).toMatch(
      /^annotation\.selectors\[0\]: expected an object/,
    );
    const emptyQuote = {
      ...highlight,
      selectors: [{ ...highlight.selectors[0], exact: '  ' }, highlight.selectors[1]],
    };
    expect(await bad(emptyQuote)).toBe('annotation.selectors[0].exact: empty quote');
    const backwards = {
      ...highlight,
      selectors: [highlight.selectors[0], { type: 'TextPositionSelector', start: 9, end: 3 }],
    };
    expect(await bad(backwards)).toBe('annotation.selectors[1]: end before start');
    expect(await bad({ ...highlight, kind: 'figure' })).toBe('annotation.figure: a figure needs its value');
    const nanFigure = {
      ...highlight,
      kind: 'figure',
      figure: { value: NaN, max: null, unit: '元', qualifier: '近', suspect: false },
    };
    expect(await bad(nanFigure)).toBe('annotation.figure.value: expected a finite number');
  });

  it('updateAnnotation, deleteAnnotation, restoreAnnotation, pageAnnotations, recentPages', async () => {
    expect(await error('updateAnnotation', { id: 'r-1', patch: { note: 1 } })).toBe(
      'patch.note: expected text',
    );
    expect(await error('updateAnnotation', { id: '../x', patch: {} })).toBe('id: not an annotation id');
    expect(await error('deleteAnnotation', { id: 42 })).toBe('id: expected text');
    expect(await error('restoreAnnotation', { record: { ...highlight, id: 'r-1' } })).toBe(
      'record.page: expected text',
    );
    expect(await error('pageAnnotations', { url: 'file:///etc/passwd' })).toBe(
      'url: only http and https pages',
    );
    expect(await error('convertText', { texts: ['工會'], to: 'klingon' })).toMatch(/^to: expected one of/);
    expect(await error('convertText', { texts: [1], to: 'hans' })).toBe('texts[0]: expected text');
    for (const limit of [0, 1.5, 1001, '5', null]) {
      expect(await error('recentPages', { limit })).toBe('limit: expected a whole number from 1 to 1000');
    }
  });
});
