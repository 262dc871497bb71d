/**
 * Makes fake-indexeddb's put or add requests on one object store fail the way a browser's do
 * when the disk is full: the request fires an error event carrying a QuotaExceededError
 * DOMException. Dexie then sees it as it sees a real one (a bulkPut's failure becomes a
 * BulkError, a modify's a ModifyError). Returns the function that undoes the patch.
 */
type Store = {
  name: string;
  transaction: { _execRequestAsync(request: { operation: () => unknown; source: unknown }): unknown };
};
type Write = (this: Store, ...args: unknown[]) => unknown;

export function failWrites(
  store: string,
  op: 'put' | 'add' = 'put',
  when: (value: unknown) => boolean = () => true,
  error = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
): () => void {
  const proto = IDBObjectStore.prototype as unknown as Record<'put' | 'add', Write>;
  const original = proto[op];
  proto[op] = function (this: Store, ...args: unknown[]) {
    if (this.name !== store || !when(args[0])) return original.apply(this, args);
    return this.transaction._execRequestAsync({
      operation: () => {
        throw error();
      },
      source: this,
    });
  };
  return () => {
    proto[op] = original;
  };
}
