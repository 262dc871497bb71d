import { t } from '../../lib/i18n';

export interface Shortcut {
  name: string;
  description: string;
  /** '' when the reader has not set one */
  shortcut: string;
}

/**
 * The locale key of each command's words. The commands API gives a command's description in
 * the browser's language; the page speaks the reader's chosen one.
 */
const COMMAND_LABELS: Record<string, string> = {
  _execute_action: 'options_shortcutPopup',
  _execute_browser_action: 'options_shortcutPopup',
  'highlight-selection': 'cmdHighlight',
};

/** What a shortcut's row says it does: Zhuji's own words, else what the browser said, else its name. */
export function commandLabel(s: Shortcut): string {
  const key = COMMAND_LABELS[s.name];
  return key ? t(key) : s.description || s.name;
}

/** The extension's keyboard shortcuts, and where the browser lets the reader change them. */
export function Shortcuts(props: {
  shortcuts: readonly Shortcut[] | undefined;
  browserName: 'chrome' | 'firefox';
  onOpenSettings?: () => void;
}) {
  const { shortcuts } = props;
  return (
    <section aria-labelledby="shortcuts-title" data-testid="shortcuts">
      <h2 id="shortcuts-title">{t('options_shortcutsTitle')}</h2>
      {shortcuts === undefined ? (
        <p class="muted">{t('loading')}</p>
      ) : shortcuts.length === 0 ? (
        <p class="muted">{t('options_shortcutsNone')}</p>
      ) : (
        <table class="shortcuts">
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.name}>
                <td>{commandLabel(s)}</td>
                <td>
                  {s.shortcut ? (
                    <kbd>{s.shortcut}</kbd>
                  ) : (
                    <span class="muted">{t('options_shortcutUnset')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        {t(props.browserName === 'firefox' ? 'options_shortcutsFirefox' : 'options_shortcutsChrome')}{' '}
        {props.onOpenSettings && (
          <button type="button" onClick={props.onOpenSettings}>
            {t('options_shortcutsOpen')}
          </button>
        )}
      </p>
    </section>
  );
}
