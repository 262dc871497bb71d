import type { PageSeen } from './types';

const MAX_URL = 4096;
const MAX_TITLE = 1000;

function record(data: unknown, what: string): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new Error(`${what}: expected an object`);
  return data as Record<string, unknown>;
}

export function httpUrl(value: unknown, what = 'url'): string {
  if (typeof value !== 'string' || value.length > MAX_URL) throw new Error(`${what}: expected a URL string`);
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`${what}: not a valid URL`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new Error(`${what}: only http and https pages`);
  return parsed.href;
}

export function boundedText(value: unknown, max: number, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what}: expected text`);
  return value.length > max ? value.slice(0, max) : value;
}

export function validatePageSeen(data: unknown): PageSeen {
  const r = record(data, 'pageSeen');
  return { url: httpUrl(r.url), title: boundedText(r.title, MAX_TITLE, 'title') };
}

export function validateLimit(data: unknown): { limit: number } {
  const r = record(data, 'recentPages');
  const limit = r.limit;
  if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1 || limit > 1000) {
    throw new Error('limit: expected a whole number from 1 to 1000');
  }
  return { limit };
}
