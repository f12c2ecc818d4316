// "Что изменилось" / "What changed" between two releases, as rows of plain text for the screen,
// the printed report and the CSV alike (one concept, one place).
import type { Change, ReleaseFeature, ReleaseFigure } from '../domain/releases';
import { EVENT_KIND_NAMES, INFRA_STATUS_NAMES, SITE_STATUS_NAMES } from '../i18n/enums';
import { formatEventDate, formatNumber } from '../i18n/format';
import { localized, translate, type Lang } from '../i18n/lang';
import type { MessageKey } from '../i18n/messages';

export interface ReportRow {
  change: Change['type'];
  /** "Новая площадка", "Смена статуса"... */
  changeLabel: string;
  id: string;
  name: string;
  /** What changed: a figure's name, an event's kind; empty for whole features. */
  what: string;
  before: string;
  after: string;
}

const CHANGE_LABELS: Record<Change['type'], MessageKey> = {
  added: 'changeAdded',
  removed: 'changeRemoved',
  status: 'changeStatus',
  figure: 'changeFigure',
  event: 'changeEvent',
  past_due: 'changePastDue',
};

const FIGURE_LABELS: Record<ReleaseFigure, MessageKey> = {
  totalAreaHa: 'fieldTotalArea',
  freeAreaHa: 'fieldFreeArea',
  electricityMw: 'fieldElectricity',
  gasM3h: 'fieldGas',
  residents: 'fieldResidents',
  jobs: 'fieldJobs',
  investmentRubBn: 'fieldInvestment',
  capacityMw: 'fieldCapacityMw',
};

/** A status in its layer's words; a code the app does not know (newer data) as it is. */
function statusText(layer: ReleaseFeature['layer'], status: string, lang: Lang): string {
  const names: Record<string, Record<Lang, string>> = layer === 'sites' ? SITE_STATUS_NAMES : INFRA_STATUS_NAMES;
  return names[status]?.[lang] ?? status;
}

export function reportRows(changes: readonly Change[], lang: Lang): ReportRow[] {
  const t = (k: MessageKey) => translate(lang, k);
  const none = t('noData');
  return changes.map((c) => {
    const base = { change: c.type, changeLabel: t(CHANGE_LABELS[c.type]), id: c.id, name: localized(c.feature.name, lang) };
    switch (c.type) {
      case 'added':
      case 'removed':
        return { ...base, what: '', before: '', after: '' };
      case 'status':
        return { ...base, what: '', before: statusText(c.feature.layer, c.from, lang), after: statusText(c.feature.layer, c.to, lang) };
      case 'figure': {
        const n = (v: number | undefined) => (v === undefined ? none : formatNumber(v, lang));
        return { ...base, what: t(FIGURE_LABELS[c.figure]), before: n(c.from), after: n(c.to) };
      }
      case 'event':
      case 'past_due':
        return { ...base, what: `${formatEventDate(c.event.date, lang)} ${EVENT_KIND_NAMES[c.event.kind][lang]}`, before: '', after: localized(c.event.text, lang) };
    }
  });
}
