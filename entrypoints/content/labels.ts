import type { PageUiProps } from '../../components/page/PageUi';
import type { Event, Figure } from '../../lib/analysis';
import { formatFigure, type UiLang } from '../../lib/format/figure';
import { currentLocale, t, tn } from '../../lib/i18n';
import type { Box } from '../../components/page/place';
import type { TipState } from '../../components/page/Tip';

export function pageLabels(): PageUiProps['labels'] {
  return {
    junk: (n) => tn('page_junkHidden', n),
    glosses: (n) => tn('page_glossesHidden', n),
    show: t('page_show'),
    hide: t('page_hide'),
    orphans: (n) => tn('page_orphans', n),
    fold: t('page_panelFold'),
    tab: t('page_panelTab'),
    unfold: t('page_panelUnfold'),
    highlight: t('page_highlight'),
    addNote: t('page_addNote'),
    color: (i) => t('page_color', [String(i + 1)]),
    note: t('page_note'),
    tags: t('page_tags'),
    save: t('page_save'),
    cancel: t('page_cancel'),
    delete: t('page_delete'),
  };
}

const lang = (): UiLang => currentLocale();

export function figureTip(f: Figure, anchor: Box): TipState {
  const text = formatFigure(f, lang());
  const lines = [`${t('page_figure')} · 「${f.text}」`];
  if (text.qualifier) lines.push(t('page_qualifier', [text.qualifier]));
  lines.push(t('page_pinHint'));
  return {
    anchor,
    title: text.qualifier && lang() !== 'en' ? `${text.qualifier} ${text.value}` : text.value,
    lines,
    warning: f.suspect ? t('page_suspect') : undefined,
  };
}

export function eventTip(e: Event, anchor: Box): TipState {
  const date = e.dateEnd ? t('page_dateRange', [e.date, e.dateEnd]) : e.date;
  const lines = [e.marker || e.heading ? `${e.marker}${e.heading}` : t('page_event')];
  return { anchor, title: date, lines };
}
