// The site passport as grouped rows of plain text, ready for any renderer (panel, print, tests).
// A missing value becomes `value: null` and is shown as "no data"; nothing is defaulted.
import type { BuiltSiteProperties } from '../domain/schema/derived';
import type { Quantity } from '../domain/schema/common';
import { NEAR_TARGETS, VOLTAGE_CLASSES, type NearTarget } from '../domain/schema/vocabulary';
import { EVENT_KIND_NAMES, NEAR_TARGET_NAMES, SITE_KIND_NAMES, SITE_STATUS_NAMES, SITE_TYPE_NAMES } from '../i18n/enums';
import { formatDate, formatEventDate, formatKm, formatNumber, midSentence, withYear } from '../i18n/format';
import { byEventDate } from '../domain/event-dates';
import { existsIn, planStateIn, type PlanState } from '../domain/roadmap';
import type { Source } from '../domain/schema/common';
import { localized, translate, type Lang } from '../i18n/lang';
import type { MessageKey } from '../i18n/messages';

export interface PassportRow {
  label: string;
  value: string | null;
  approximate?: boolean;
  note?: string;
  href?: string;
}

export interface PassportGroup {
  key: MessageKey;
  title: string;
  rows: PassportRow[];
}

export interface PassportSource {
  title: string;
  url?: string;
  /** A link that is not https, shown as text only. */
  address?: string;
  accessed: string;
}

export interface PassportEvent {
  date: string;
  kind: string;
  text: string;
  /** A plan's standing in the roadmap's year: "due in 2029", "past due: no completion recorded". */
  plan?: { state: PlanState; label: string };
  sources: PassportSource[];
}

export interface Passport {
  name: string;
  precisionNote: string;
  /** The roadmap year is before the site's recorded creation: it is on no map or list that year. */
  yearNote?: string;
  groups: PassportGroup[];
  /** The site's dated events, oldest first. */
  timeline: PassportEvent[];
  sources: PassportSource[];
  asOf: string;
}

type NearestHit = NonNullable<BuiltSiteProperties['derived']['nearest'][keyof BuiltSiteProperties['derived']['nearest']]>;

/**
 * "ПС Юрга — 3,2 км", or how a feature at 0 km meets a site with a boundary: "проходит по
 * площадке" for a line, "на площадке" for anything else. Passport and compare say it alike.
 */
/**
 * The distances a passport lists. A voltage class whose nearest line is the same line as the
 * stricter class's is left out ("220 kV or more: 3.2 km" already says "110 kV or more" is within
 * 3.2 km), and so is the plain "power line" when that line is listed under its class or as
 * "voltage unknown": the class says more.
 */
export function passportTargets(nearest: BuiltSiteProperties['derived']['nearest']): NearTarget[] {
  const sameAs = (a: NearTarget, b: NearTarget) => !!nearest[a] && nearest[a]!.id === nearest[b]?.id;
  const redundant = new Set<NearTarget>(
    VOLTAGE_CLASSES.filter((c, i) => i + 1 < VOLTAGE_CLASSES.length && sameAs(c.target, VOLTAGE_CLASSES[i + 1]!.target)).map((c) => c.target),
  );
  const lineRows: NearTarget[] = [...VOLTAGE_CLASSES.map((c) => c.target), 'power_line_unknown'];
  if (lineRows.some((t) => !redundant.has(t) && sameAs('power_line', t))) redundant.add('power_line');
  return NEAR_TARGETS.filter((k) => nearest[k] && !redundant.has(k));
}

export function nearestText(hit: NearestHit, lang: Lang): string {
  const how = hit.contact === 'crosses' ? translate(lang, 'nearestCrosses') : hit.contact === 'on_site' ? translate(lang, 'nearestOnSite') : undefined;
  return `${localized(hit.name, lang)} — ${how ?? `${formatKm(hit.km, lang)} ${translate(lang, 'unitKm')}`}`;
}

/** Only https links become clickable; anything else stays plain text. */
export function safeHref(url: string | undefined): boolean {
  return !!url && /^https:\/\//i.test(url);
}

type Text = { ru: string; en?: string | undefined } | undefined;

/** An http:// address is shown as text: a reader can check it, but the page does not link to it. */
function passportSource(s: Source, lang: Lang): PassportSource {
  return {
    title: s.title,
    ...(safeHref(s.url) ? { url: s.url! } : s.url ? { address: s.url } : {}),
    accessed: formatDate(s.accessed, lang),
  };
}

/**
 * `year` is the roadmap's year (the link's `year`, else the data's): the timeline marks the plans
 * due then and those past their date with no completion recorded. Without it, none is marked.
 */
export function buildPassport(p: BuiltSiteProperties, lang: Lang, municipalityName: (id: string) => string | undefined, year?: number): Passport {
  const t = (key: MessageKey) => translate(lang, key);
  const text = (label: MessageKey, value: Text): PassportRow => ({ label: t(label), value: value ? localized(value, lang) : null });
  const qty = (label: MessageKey, q: Quantity | undefined, unit?: MessageKey): PassportRow =>
    q
      ? {
          label: t(label),
          value: `${formatNumber(q.value, lang)}${unit ? ` ${t(unit)}` : ''}`,
          ...(q.approximate ? { approximate: true } : {}),
          ...(q.note ? { note: localized(q.note, lang) } : {}),
        }
      : { label: t(label), value: null };
  const utility = (label: MessageKey, u: { capacity?: Quantity; freeCapacity?: Quantity; note?: Text } | undefined, unit: MessageKey) => {
    if (!u) return { label: t(label), value: null };
    const parts = [
      u.capacity && `${t('capacity')} ${formatNumber(u.capacity.value, lang)} ${t(unit)}`,
      u.freeCapacity && `${t('freeCapacity')} ${formatNumber(u.freeCapacity.value, lang)} ${t(unit)}`,
    ].filter(Boolean);
    const row: PassportRow = { label: t(label), value: parts.length ? parts.join(', ') : null };
    if (u.capacity?.approximate || u.freeCapacity?.approximate) row.approximate = true;
    const notes = [u.capacity?.note, u.note].filter((n): n is NonNullable<Text> => !!n).map((n) => localized(n, lang));
    // Without a capacity the row stays "no data"; what the sources say goes beside it as a note.
    if (notes.length) row.note = notes.join(' ');
    return row;
  };
  const legal = p.legalBasis;
  const legalText = legal
    ? [localized(legal.title, lang), legal.number && `${t('decree')} ${legal.number}`, legal.date && `${t('dated')} ${formatDate(legal.date, lang)}`]
        .filter(Boolean)
        .join(' ')
    : null;
  const d = p.derived;
  const people = p.people;

  const groups: PassportGroup[] = [
    {
      key: 'groupIdentity',
      title: t('groupIdentity'),
      rows: [
        { label: t('fieldKind'), value: SITE_KIND_NAMES[p.kind][lang] },
        {
          label: t('fieldStatus'),
          value: SITE_STATUS_NAMES[p.status][lang],
          ...(p.statusNote ? { note: localized(p.statusNote, lang) } : {}),
        },
        {
          label: t('fieldSiteType'),
          value: p.siteType ? SITE_TYPE_NAMES[p.siteType][lang] : null,
          ...(p.siteTypeApproximate ? { approximate: true } : {}),
        },
        { label: t('fieldMunicipality'), value: municipalityName(d.municipalityId) ?? d.municipalityId },
        text('fieldAddress', p.address),
        text('fieldSpecialisation', p.specialisation),
        {
          // A year is not a quantity to group: "2016", never "2 016".
          label: t('fieldYearCreated'),
          value: p.yearCreated ? String(p.yearCreated.value) : null,
          ...(p.yearCreated?.approximate ? { approximate: true } : {}),
          ...(p.yearCreated?.note ? { note: localized(p.yearCreated.note, lang) } : {}),
        },
        { label: t('fieldLegalBasis'), value: legalText },
      ],
    },
    {
      key: 'groupLand',
      title: t('groupLand'),
      rows: [
        qty('fieldTotalArea', p.land?.totalAreaHa, 'unitHa'),
        qty('fieldFreeArea', p.land?.freeAreaHa, 'unitHa'),
        { label: t('fieldHazardClass'), value: p.land?.hazardClass ?? null },
        qty('fieldLandPrice', p.land?.landPriceRubPerM2, 'unitRubM2'),
        qty('fieldLeaseRate', p.land?.leaseRateRubPerM2Year, 'unitRubM2Year'),
        qty('fieldPremises', p.land?.premisesM2, 'unitM2'),
      ],
    },
    {
      key: 'groupUtilities',
      title: t('groupUtilities'),
      rows: [
        utility('fieldElectricity', p.utilities?.electricityMw, 'unitMw'),
        utility('fieldGas', p.utilities?.gasM3h, 'unitM3h'),
        utility('fieldWater', p.utilities?.waterM3day, 'unitM3day'),
        utility('fieldSewerage', p.utilities?.sewerageM3day, 'unitM3day'),
        utility('fieldHeat', p.utilities?.heatGcalh, 'unitGcalh'),
        text('fieldTelecom', p.utilities?.telecom?.note),
      ],
    },
    {
      key: 'groupTransport',
      title: t('groupTransport'),
      rows: [
        {
          label: t('fieldRailSiding'),
          value: p.transport?.railSiding === undefined ? null : t(p.transport.railSiding ? 'yes' : 'no'),
        },
      ],
    },
    {
      key: 'groupRegime',
      title: t('groupRegime'),
      rows: [
        { label: t('fieldRegime'), value: p.regime?.preferentialRegime ? SITE_KIND_NAMES[p.regime.preferentialRegime][lang] : null },
        qty('fieldTerm', p.regime?.termYears, 'years'),
        { label: t('fieldValidUntil'), value: p.regime?.validUntil ?? null },
        text('fieldIncentives', p.regime?.incentives),
      ],
    },
    {
      key: 'groupPeople',
      title: t('groupPeople'),
      rows: [
        text('fieldManagement', people?.managementCompany),
        { label: t('fieldContact'), value: people?.contactPerson ?? null },
        { label: t('fieldPhone'), value: people?.phone ?? null, ...(people?.phone ? { href: `tel:${people.phone.replace(/[^+0-9]/g, '')}` } : {}) },
        { label: t('fieldEmail'), value: people?.email ?? null, ...(people?.email ? { href: `mailto:${people.email}` } : {}) },
        { label: t('fieldWebsite'), value: people?.website ?? null, ...(safeHref(people?.website) ? { href: people!.website! } : {}) },
      ],
    },
    {
      key: 'groupEconomy',
      title: t('groupEconomy'),
      rows: [
        qty('fieldResidents', p.economy?.residents),
        qty('fieldJobs', p.economy?.jobs),
        qty('fieldInvestment', p.economy?.investmentRubBn, 'unitBnRub'),
        ...(p.economy?.note ? [text('fieldNotes', p.economy.note)] : []),
      ],
    },
    {
      key: 'groupDerived',
      title: t('groupDerived'),
      rows: [
        {
          label: t('fieldAreaComputed'),
          value: d.areaHa === undefined ? null : `${formatNumber(d.areaHa, lang)} ${t('unitHa')}`,
        },
        ...passportTargets(d.nearest).map((k): PassportRow => {
          const hit = d.nearest[k]!;
          return {
            label: `${t('nearestPrefix')} ${midSentence(NEAR_TARGET_NAMES[k][lang])}`,
            value: nearestText(hit, lang),
            ...(hit.approximate ? { approximate: true } : {}),
          };
        }),
      ],
    },
  ];
  if (p.notes) groups[0]!.rows.push(text('fieldNotes', p.notes));

  const precisionKey: Record<BuiltSiteProperties['locationPrecision'], MessageKey> = {
    exact: 'locationExact',
    approximate: 'locationApproximate',
    settlement: 'locationSettlement',
  };
  return {
    name: localized(p.name, lang),
    // A site with a boundary is measured from it: the passport says so beside the place's precision.
    precisionNote: p.derived.distancesFrom === 'boundary' ? `${t(precisionKey[p.locationPrecision])}. ${t('distancesFromBoundary')}` : t(precisionKey[p.locationPrecision]),
    ...(year !== undefined && !existsIn(p.events, year) ? { yearNote: withYear(t('notYetCreatedIn'), year) } : {}),
    groups,
    timeline: [...(p.events ?? [])]
      .sort((a, b) => byEventDate(a.date, b.date))
      .map((e) => {
        const state = year === undefined ? undefined : planStateIn(e, p.events!, year);
        const shown = year !== undefined && (state === 'due' || state === 'past_due') ? { state, label: withYear(t(state === 'due' ? 'planDue' : 'planPastDue'), year) } : undefined;
        return {
          date: formatEventDate(e.date, lang),
          kind: EVENT_KIND_NAMES[e.kind][lang],
          text: localized(e.text, lang),
          ...(shown ? { plan: shown } : {}),
          sources: e.sources.map((s) => passportSource(s, lang)),
        };
      }),
    sources: p.sources.map((s) => passportSource(s, lang)),
    asOf: formatDate(p.asOf, lang),
  };
}
