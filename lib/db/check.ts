/** Tiny validation combinators for untrusted message data. Each throws an Error naming the field. */
export type Check<T> = (value: unknown, path: string) => T;

export const fail = (path: string, what: string): never => {
  throw new Error(`${path}: ${what}`);
};

export const text =
  (max: number): Check<string> =>
  (v, path) =>
    typeof v === 'string'
      ? v.length > max
        ? fail(path, `longer than ${max} characters`)
        : v
      : fail(path, 'expected text');

export const oneOf =
  <T extends string>(...values: T[]): Check<T> =>
  (v, path) =>
    values.includes(v as T) ? (v as T) : fail(path, `expected one of ${values.join(', ')}`);

export const int =
  (min: number, max: number): Check<number> =>
  (v, path) =>
    typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max
      ? v
      : fail(path, `expected a whole number from ${min} to ${max}`);

export const finite: Check<number> = (v, path) =>
  typeof v === 'number' && Number.isFinite(v) ? v : fail(path, 'expected a finite number');

export const bool: Check<boolean> = (v, path) =>
  typeof v === 'boolean' ? v : fail(path, 'expected true or false');

export const nullable =
  <T>(check: Check<T>): Check<T | null> =>
  (v, path) =>
    v === null ? null : check(v, path);

export const list =
  <T>(check: Check<T>, max: number): Check<T[]> =>
  (v, path) => {
    if (!Array.isArray(v)) return fail(path, 'expected a list');
    if (v.length > max) return fail(path, `more than ${max} items`);
    return v.map((item, i) => check(item, `${path}[${i}]`));
  };

type Shape<T> = { [K in keyof T]-?: Check<T[K]> };

/** An object with exactly these fields checked (unknown extra fields are dropped). */
export const object =
  <T>(shape: Shape<T>, optional: readonly (keyof T)[] = []): Check<T> =>
  (v, path) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'expected an object');
    const source = v as Record<string, unknown>;
    const out = {} as T;
    for (const key of Object.keys(shape) as (keyof T & string)[]) {
      if (source[key] === undefined && optional.includes(key)) continue;
      out[key] = shape[key](source[key], path ? `${path}.${key}` : key);
    }
    return out;
  };

export const httpUrl: Check<string> = (v, path) => {
  const s = text(4096)(v, path);
  let url: URL;
  try {
    url = new URL(s);
  } catch {
    return fail(path, 'not a valid URL');
  }
  return url.protocol === 'http:' || url.protocol === 'https:'
    ? url.href
    : fail(path, 'only http and https pages');
};

/** An ISO date or date-time prefix (2021, 2021-07, 2021-07-29, 2021-07-29T09:30:00+08:00) or ''. */
export const isoDate: Check<string> = (v, path) => {
  const s = text(40)(v, path);
  return s === '' || /^\d{4}(-\d{2}(-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?)?)?$/.test(s)
    ? s
    : fail(path, 'expected an ISO 8601 date');
};
