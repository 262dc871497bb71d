import { t } from '../i18n';

/** What went wrong with storage, told from an error and every error it carries. */
export type StorageProblem = 'full' | 'closed' | 'newer';

const PROBLEMS: Record<string, StorageProblem> = {
  QuotaExceededError: 'full',
  DatabaseClosedError: 'closed',
  InvalidStateError: 'closed',
  VersionError: 'newer',
};
const RANK: StorageProblem[] = ['full', 'closed', 'newer'];

/**
 * The errors inside an error: Dexie's `inner` (a DexieError around the DOMException), a
 * BulkError's `failures` / `failuresByPos` and a ModifyError's `failures` (one per failed
 * operation of a bulkPut, bulkAdd or modify), and a standard `cause`.
 */
function carried(error: object): unknown[] {
  const e = error as { inner?: unknown; cause?: unknown; failures?: unknown; failuresByPos?: unknown };
  const found: unknown[] = [e.inner, e.cause];
  if (Array.isArray(e.failures)) found.push(...(e.failures as unknown[]));
  if (e.failuresByPos && typeof e.failuresByPos === 'object') found.push(...Object.values(e.failuresByPos));
  return found;
}

/** The storage problem an error is or holds anywhere inside it; a full disk before all else. */
export function storageProblem(error: unknown): StorageProblem | null {
  const seen = new Set<object>();
  const names = new Set<StorageProblem>();
  const stack = [error];
  while (stack.length > 0 && seen.size < 10_000) {
    const e = stack.pop();
    if (typeof e !== 'object' || e === null || seen.has(e)) continue;
    seen.add(e);
    const name = (e as { name?: unknown }).name;
    if (typeof name === 'string' && Object.hasOwn(PROBLEMS, name)) names.add(PROBLEMS[name]!);
    stack.push(...carried(e));
  }
  return RANK.find((p) => names.has(p)) ?? null;
}

/** Words for a storage failure that tell the reader what happened and what to do (UI language). */
export function storageErrorText(error: unknown): string {
  const problem = storageProblem(error);
  if (problem) return t(`storage_${problem}`);
  return t('storage_failed', error instanceof Error ? error.message : String(error));
}
