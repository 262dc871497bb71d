import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import { ArticlesSection, type ArticleItem } from '../../components/options/ArticlesSection';
import { ChoiceGroup } from '../../components/options/ChoiceGroup';
import { ColorsField } from '../../components/options/ColorsField';
import { DataSection, type DataCounts } from '../../components/options/DataSection';
import { KindsField } from '../../components/options/KindsField';
import { Shortcuts, type Shortcut } from '../../components/options/Shortcuts';
import { SitesField } from '../../components/options/SitesField';
import { useLocale } from '../../components/use-locale';
import { useSetting } from '../../components/use-setting';
import { t } from '../../lib/i18n';
import { errorText } from '../../lib/messaging';
import {
  COLLECT_MODES,
  collectMode,
  colors,
  SCRIPTS_SHOWN,
  scriptShown,
  showKinds,
  sitesOff,
  UI_LANGUAGES,
  uiLanguage,
} from '../../lib/settings';
import { EXPORT_FORMATS, exportFileName } from '../../lib/export/formats';
import { importErrorText } from '../../lib/import-text';
import {
  countAll,
  deleteArticle,
  deleteEverything,
  exportArticle,
  exportAs,
  importFile,
  listArticles,
} from './data';
import type { OptionsDeps } from './deps';

export function Options(props: { deps: OptionsDeps }) {
  const { deps } = props;
  useLocale(); // re-render in the new language when it changes
  const [mode, setMode, modeError] = useSetting(collectMode);
  const [script, setScript, scriptError] = useSetting(scriptShown);
  const [language, setLanguage, languageError] = useSetting(uiLanguage);
  const [sites, setSites, sitesError] = useSetting(sitesOff);
  const [kinds, setKinds, kindsError] = useSetting(showKinds);
  const [palette, setPalette, paletteError] = useSetting(colors);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>();
  const [counts, setCounts] = useState<DataCounts>();
  const [articles, setArticles] = useState<ArticleItem[]>();
  const [error, setError] = useState('');

  useEffect(() => {
    deps.shortcuts().then(setShortcuts, () => setShortcuts([]));
    const subscription = liveQuery(() => countAll(deps.db)).subscribe({
      next: setCounts,
      error: (e: unknown) => setError(t('popup_dbError', errorText(e))),
    });
    const list = liveQuery(() => listArticles(deps.db)).subscribe({
      next: setArticles,
      error: (e: unknown) => setError(t('popup_dbError', errorText(e))),
    });
    return () => {
      subscription.unsubscribe();
      list.unsubscribe();
    };
  }, [deps]);

  const storageError = [modeError, scriptError, languageError, sitesError, kindsError, paletteError].find(
    Boolean,
  );
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {(storageError || error) && (
        <p class="error" role="alert">
          {storageError ? t('options_storageError', storageError) : error}
        </p>
      )}
      <section aria-labelledby="reading-title">
        <h2 id="reading-title">{t('options_readingTitle')}</h2>
        <ChoiceGroup
          legend={t('options_scriptLegend')}
          name="script"
          value={script}
          onChange={setScript}
          choices={SCRIPTS_SHOWN.map((value) => ({ value, label: t(`options_script_${value}`) }))}
        />
        {kinds && <KindsField value={kinds} onChange={setKinds} />}
        {palette && <ColorsField colors={palette} defaults={colors.fallback} onChange={setPalette} />}
      </section>
      <section aria-labelledby="collect-title">
        <h2 id="collect-title">{t('options_collectTitle')}</h2>
        <ChoiceGroup
          legend={t('collectLegend')}
          name="collect"
          value={mode}
          onChange={setMode}
          choices={COLLECT_MODES.map((value) => ({ value, label: t(`collect_${value}`) }))}
        />
        <SitesField sites={sites ?? []} onChange={setSites} />
      </section>
      <section aria-labelledby="language-title">
        <h2 id="language-title">{t('options_languageTitle')}</h2>
        <ChoiceGroup
          legend={t('options_languageLegend')}
          name="uiLanguage"
          value={language}
          onChange={setLanguage}
          choices={UI_LANGUAGES.map((value) => ({ value, label: t(`options_language_${value}`) }))}
        />
      </section>
      <Shortcuts
        shortcuts={shortcuts}
        browserName={deps.browserName}
        onOpenSettings={
          deps.openShortcutSettings
            ? () => void deps.openShortcutSettings?.().catch(() => undefined)
            : undefined
        }
      />
      <DataSection
        counts={counts}
        onExport={async (format) => {
          const now = new Date();
          const { text, counts: c } = await exportAs(deps.db, format, now);
          deps.download(exportFileName(format, now), text, EXPORT_FORMATS[format].mime);
          return c;
        }}
        onImport={async (text) => {
          try {
            return await importFile(deps.db, text);
          } catch (e) {
            throw new Error(importErrorText(e));
          }
        }}
        onDeleteAll={() => deleteEverything(deps.db)}
      />
      <ArticlesSection
        articles={articles}
        onExport={async (url) => {
          const now = new Date();
          deps.download(
            exportFileName('markdown', now),
            await exportArticle(deps.db, url, now),
            EXPORT_FORMATS.markdown.mime,
          );
        }}
        onDelete={(url) => deleteArticle(deps.db, url)}
      />
    </main>
  );
}
