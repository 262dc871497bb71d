import { useEffect, useState } from 'preact/hooks';
import { ChoiceGroup } from '../../components/ChoiceGroup';
import { t } from '../../lib/i18n';
import { errorText } from '../../lib/messaging';
import { COLLECT_MODES, collectMode, type CollectMode } from '../../lib/settings';

export function Options() {
  const [mode, setMode] = useState<CollectMode>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    collectMode.getValue().then(setMode, (e: unknown) => setError(errorText(e)));
    return collectMode.watch((value) => setMode(value));
  }, []);

  const change = (value: CollectMode) => {
    setMode(value);
    collectMode.setValue(value).catch((e: unknown) => setError(errorText(e)));
  };

  return (
    <main style={{ maxWidth: '640px' }}>
      <h1>{t('optionsTitle')}</h1>
      {error && (
        <p class="status status-error" role="alert">
          {error}
        </p>
      )}
      <ChoiceGroup
        legend={t('collectLegend')}
        name="collect"
        value={mode}
        onChange={change}
        choices={COLLECT_MODES.map((value) => ({ value, label: t(`collect_${value}`) }))}
      />
    </main>
  );
}
