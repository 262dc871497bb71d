import type { Colors } from '../../lib/settings';
import { t } from '../../lib/i18n';

/** A color input shows only #rrggbb; named or short colors become that form. */
function hex(color: string): string {
  if (/^#[0-9a-f]{6}$/i.test(color)) return color.toLowerCase();
  const m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color);
  return m ? `#${m[1]}${m[1]}${m[2]}${m[2]}${m[3]}${m[3]}`.toLowerCase() : '#ffe066';
}

/** Highlight colors: figures, events, and the reader's highlight palette. */
export function ColorsField(props: { colors: Colors; defaults: Colors; onChange: (colors: Colors) => void }) {
  const { colors } = props;
  const one = (label: string, value: string, set: (v: string) => void, testId: string) => (
    <label class="color" key={testId}>
      <input
        type="color"
        value={hex(value)}
        data-testid={testId}
        onInput={(e) => set(e.currentTarget.value)}
      />{' '}
      {label}
    </label>
  );
  return (
    <fieldset data-testid="colors">
      <legend>{t('options_colorsLegend')}</legend>
      {one(
        t('options_colorFigure'),
        colors.figure,
        (v) => props.onChange({ ...colors, figure: v }),
        'color-figure',
      )}
      {one(
        t('options_colorEvent'),
        colors.event,
        (v) => props.onChange({ ...colors, event: v }),
        'color-event',
      )}
      {colors.highlight.map((c, i) =>
        one(
          t('options_colorHighlight', i + 1),
          c,
          (v) => props.onChange({ ...colors, highlight: colors.highlight.map((x, j) => (j === i ? v : x)) }),
          `color-highlight-${i}`,
        ),
      )}
      <p>
        <button type="button" onClick={() => props.onChange(props.defaults)}>
          {t('options_colorsReset')}
        </button>
      </p>
    </fieldset>
  );
}
