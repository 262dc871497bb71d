import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../lib/export/json';
import { setLocale } from '../../lib/i18n';
import { importErrorText } from '../../lib/import-text';

const quota = () =>
  new Dexie.BulkError('annotations.bulkPut(): 1 of 1 operations failed', {
    0: new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
  });

afterEach(() => setLocale('en'));

describe('importErrorText', () => {
  it('a full disk gets the storage advice, not "the file is not valid"', () => {
    setLocale('en');
    expect(importErrorText(quota())).toMatch(/^Storage is full: nothing was saved\. Free some disk space/);
    setLocale('zh-Hans');
    expect(importErrorText(quota())).toMatch(/^存储空间已满/);
    setLocale('zh-Hant');
    expect(importErrorText(quota())).toMatch(/^儲存空間已滿/);
  });

  it('a refused file names the format it was taken for and what is wrong', () => {
    setLocale('en');
    expect(importErrorText(new ImportError('annotations[0].kind: missing'))).toBe(
      'Nothing was imported: the file is not a valid Zhuji export (annotations[0].kind: missing).',
    );
    expect(importErrorText(new ImportError('x', 'w3c'))).toMatch(/not valid W3C Web Annotation/);
    expect(importErrorText(new ImportError('x', 'hypothesis'))).toMatch(/looks like Hypothesis/);
    expect(importErrorText(new ImportError('x', null))).toMatch(/not a Zhuji export, W3C/);
  });

  it('any other failure says nothing was imported, without blaming the file', () => {
    setLocale('en');
    expect(importErrorText(new Dexie.ConstraintError('Key already exists'))).toBe(
      'Nothing was imported, the stored data is unchanged: Key already exists',
    );
    expect(importErrorText(new Dexie.DatabaseClosedError())).toMatch(/^The database was closed/);
  });
});
