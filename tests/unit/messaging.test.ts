import { describe, expect, it } from 'vitest';
import { dispatch, send, type Routes } from '../../lib/messaging';
import { validateLimit, validatePageSeen } from '../../lib/db/validate';

const page = { url: 'https://a.example/x', title: 't', firstVisit: 1, lastVisit: 1, visits: 1 };
const routes: Routes = {
  ping: { validate: () => null, handle: () => ({ name: 'Zhuji', version: '1' }) },
  pageSeen: { validate: validatePageSeen, handle: (seen) => ({ ...page, url: seen.url }) },
  recentPages: {
    validate: validateLimit,
    handle: () => {
      throw new Error('database is closed');
    },
  },
};

describe('dispatch', () => {
  it('routes a valid message and wraps the value', async () => {
    expect(await dispatch(routes, { zhuji: 1, type: 'ping', data: null }, {})).toEqual({
      ok: true,
      value: { name: 'Zhuji', version: '1' },
    });
  });

  it('rejects what is not a Zhuji message, and unknown or inherited types', async () => {
    expect(await dispatch(routes, 'hello', {})).toEqual({ ok: false, error: 'not a Zhuji message' });
    expect(await dispatch(routes, { type: 'ping' }, {})).toMatchObject({ ok: false });
    expect(await dispatch(routes, { zhuji: 1, type: 'toString', data: null }, {})).toEqual({
      ok: false,
      error: 'unknown message type: toString',
    });
    expect(await dispatch(routes, { zhuji: 1, type: '__proto__', data: null }, {})).toMatchObject({
      ok: false,
    });
  });

  it('returns validation errors instead of calling the handler', async () => {
    const bad = await dispatch(
      routes,
      { zhuji: 1, type: 'pageSeen', data: { url: 'javascript:alert(1)', title: '' } },
      {},
    );
    expect(bad).toEqual({ ok: false, error: 'url: only http and https pages' });
    expect(await dispatch(routes, { zhuji: 1, type: 'pageSeen', data: null }, {})).toEqual({
      ok: false,
      error: 'pageSeen: expected an object',
    });
  });

  it('turns a handler that throws into { ok: false } with its message', async () => {
    expect(await dispatch(routes, { zhuji: 1, type: 'recentPages', data: { limit: 5 } }, {})).toEqual({
      ok: false,
      error: 'database is closed',
    });
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

describe('validators', () => {
  it('caps an oversized title and refuses an oversized URL', () => {
    expect(validatePageSeen({ url: 'https://a.example/', title: 'x'.repeat(5000) }).title).toHaveLength(1000);
    expect(() => validatePageSeen({ url: 'https://a.example/' + 'x'.repeat(5000), title: '' })).toThrow(
      'url',
    );
  });
  it('refuses non-integers and out-of-range limits', () => {
    for (const limit of [0, 1.5, 1001, '5', null]) expect(() => validateLimit({ limit })).toThrow();
    expect(validateLimit({ limit: 20 })).toEqual({ limit: 20 });
  });
});
