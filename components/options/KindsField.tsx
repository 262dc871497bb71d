import type { ShowKinds } from '../../lib/settings';
import { t } from '../../lib/i18n';

const KEYS: readonly (keyof ShowKinds)[] = ['events', 'figures', 'hideJunk', 'hideGlosses'];

/** What Zhuji marks on an article: events, figures; and what it hides: junk, pinyin glosses. */
export function KindsField(props: { value: ShowKinds; onChange: (value: ShowKinds) => void }) {
  return (
    <fieldset data-testid="kinds">
      <legend>{t('options_kindsLegend')}</legend>
      {KEYS.map((key) => (
        <label key={key} style={{ display: 'block' }}>
          <input
            type="checkbox"
            name={`kind-${key}`}
            checked={props.value[key]}
            onChange={(e) => props.onChange({ ...props.value, [key]: e.currentTarget.checked })}
          />{' '}
          {t(`options_kind_${key}`)}
        </label>
      ))}
    </fieldset>
  );
}
