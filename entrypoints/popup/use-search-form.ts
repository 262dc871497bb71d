import { useEffect, useState } from 'preact/hooks';

type ToForm = (text: string) => string;

/**
 * The search-form function (lib/text/script: Simplified, NFKC, lower case), loaded after the
 * first paint: its Traditional → Simplified tables are the popup's largest code, and the
 * timeline does not need them to appear. Loads at once when the reader starts typing.
 */
export function useSearchForm(query: string): ToForm | null {
  const [toForm, setToForm] = useState<ToForm | null>(null);
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setWanted(true), 300);
    return () => clearTimeout(timer);
  }, []);
  const load = wanted || query !== '';
  useEffect(() => {
    if (!load || toForm) return;
    let live = true;
    void import('../../lib/text/script').then((m) => live && setToForm(() => m.searchForm));
    return () => {
      live = false;
    };
  }, [load, toForm]);
  return toForm;
}
