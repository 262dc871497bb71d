import { useCallback, useEffect, useState } from 'preact/hooks';
import type { WxtStorageItem } from 'wxt/utils/storage';
import { errorText } from '../lib/messaging';

/**
 * A settings item (lib/settings.ts) as state: its value (undefined until read), a setter that
 * stores it, and the last storage error in words. Follows changes made elsewhere.
 */
export function useSetting<T>(item: WxtStorageItem<T, Record<string, unknown>>) {
  const [value, setValue] = useState<T>();
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    item.getValue().then(
      (v) => live && setValue(v),
      (e: unknown) => live && setError(errorText(e)),
    );
    const unwatch = item.watch((v) => setValue(v));
    return () => {
      live = false;
      unwatch();
    };
  }, [item]);
  const store = useCallback(
    async (next: T) => {
      setValue(next);
      setError('');
      try {
        await item.setValue(next);
      } catch (e) {
        setError(errorText(e));
      }
    },
    [item],
  );
  return [value, store, error] as const;
}
