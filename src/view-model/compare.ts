// Side-by-side comparison of 2–4 sites as rows of plain text, ready for any renderer.
// A missing value is `text: null` ("no data"); nothing is defaulted. `best` marks the best value
// of a row only where "best" means something to an investor (more land, more power, closer
// infrastructure) and only when at least two sites have a value to compare.
import type { BuiltSiteProperties } from '../domain/schema/derived';
import type { Quantity } from '../domain/schema/common';
import { NEAR_TARGETS, type NearTarget } from '../domain/schema/vocabulary';
import { NEAR_TARGET_NAMES, SITE_KIND_NAMES, SITE_STATUS_NAMES } from '../i18n/enums';
import { formatNumber, midSentence } from '../i18n/format';
import { localized, translate, type Lang } from '../i18n/lang';
import type { MessageKey } from '../i18n/messages';
import { nearestText } from './passport';

export interface ComparisonCell {
  text: string | null;
  approximate?: boolean;
  best?: boolean;
}

export interface ComparisonRow {
  /** Stable id of the row: a field name, or `nearest:<infra kind>`. */
  key: string;
  label: string;
  cells: ComparisonCell[];
}

export interface Comparison {
  columns: { id: string; name: string }[];
  rows: ComparisonRow[];
}

type Better = 'larger' | 'smaller' | undefined;

/** A cell plus the number it shows, rounded as shown, so ties on screen are ties here too. */
interface Measured {
  cell: ComparisonCell;
  value?: number;
}

function markBest(measured: Measured[], better: Better): ComparisonCell[] {
  const values = measured.flatMap((m) => (m.value === undefined ? [] : [m.value]));
  if (!better || values.length < 2) return measured.map((m) => m.cell);
  const target = better === 'larger' ? Math.max(...values) : Math.min(...values);
  return measured.map((m) => (m.value === target ? { ...m.cell, best: true } : m.cell));
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));
const approx = (flag: boolean | undefined) => (flag ? { approximate: true } : {});

const precisionKey: Record<BuiltSiteProperties['locationPrecision'], MessageKey> = {
  exact: 'locationExact',
  approximate: 'locationApproximate',
  settlement: 'locationSettlement',
};

/** Declared total area, else the area of the boundary (as the filters read it). */
function totalArea(p: BuiltSiteProperties): Quantity | undefined {
  return p.land?.totalAreaHa ?? (p.derived.areaHa === undefined ? undefined : { value: p.derived.areaHa });
}

export function buildComparison(
  sites: readonly BuiltSiteProperties[],
  lang: Lang,
  municipalityName: (id: string) => string | undefined,
): Comparison {
  const t = (key: MessageKey) => translate(lang, key);
  const rows: ComparisonRow[] = [];

  const textRow = (key: string, label: MessageKey, text: (p: BuiltSiteProperties) => string | null | undefined) =>
    rows.push({ key, label: t(label), cells: sites.map((p) => ({ text: text(p) ?? null })) });

  const qtyRow = (key: string, label: MessageKey, get: (p: BuiltSiteProperties) => Quantity | undefined, unit: MessageKey | undefined, better: Better) => {
    const measured = sites.map((p): Measured => {
      const q = get(p);
      if (!q) return { cell: { text: null } };
      return {
        cell: { text: `${formatNumber(q.value, lang)}${unit ? ` ${t(unit)}` : ''}`, ...approx(q.approximate) },
        value: round(q.value, 2),
      };
    });
    rows.push({ key, label: t(label), cells: markBest(measured, better) });
  };

  textRow('kind', 'fieldKind', (p) => SITE_KIND_NAMES[p.kind][lang]);
  textRow('status', 'fieldStatus', (p) => SITE_STATUS_NAMES[p.status][lang]);
  textRow('municipality', 'fieldMunicipality', (p) => municipalityName(p.derived.municipalityId) ?? p.derived.municipalityId);
  qtyRow('totalArea', 'fieldTotalArea', totalArea, 'unitHa', 'larger');
  qtyRow('freeArea', 'fieldFreeArea', (p) => p.land?.freeAreaHa, 'unitHa', 'larger');
  qtyRow('electricity', 'fieldElectricity', (p) => p.utilities?.electricityMw?.capacity, 'unitMw', 'larger');
  qtyRow('gas', 'fieldGas', (p) => p.utilities?.gasM3h?.capacity, 'unitM3h', undefined);
  qtyRow('water', 'fieldWater', (p) => p.utilities?.waterM3day?.capacity, 'unitM3day', undefined);
  rows.push({
    // A year is not a quantity to group: "2016", never "2 016".
    key: 'yearCreated',
    label: t('fieldYearCreated'),
    cells: sites.map((p) => (p.yearCreated ? { text: String(p.yearCreated.value), ...approx(p.yearCreated.approximate) } : { text: null })),
  });
  qtyRow('residents', 'fieldResidents', (p) => p.economy?.residents, undefined, 'larger');
  qtyRow('jobs', 'fieldJobs', (p) => p.economy?.jobs, undefined, 'larger');
  qtyRow('investment', 'fieldInvestment', (p) => p.economy?.investmentRubBn, 'unitBnRub', 'larger');
  textRow('regime', 'fieldRegime', (p) => p.regime?.preferentialRegime && SITE_KIND_NAMES[p.regime.preferentialRegime][lang]);

  const kinds = NEAR_TARGETS.filter((k) => sites.some((p) => p.derived.nearest[k]));
  for (const kind of kinds) rows.push(nearestRow(sites, kind, lang));

  textRow('locationPrecision', 'fieldLocation', (p) => t(precisionKey[p.locationPrecision]));

  return { columns: sites.map((p) => ({ id: p.id, name: localized(p.name, lang) })), rows };
}

function nearestRow(sites: readonly BuiltSiteProperties[], kind: NearTarget, lang: Lang): ComparisonRow {
  const measured = sites.map((p): Measured => {
    const hit = p.derived.nearest[kind];
    if (!hit) return { cell: { text: null } };
    return {
      cell: { text: nearestText(hit, lang), ...approx(hit.approximate) },
      value: round(hit.km, hit.km < 100 ? 1 : 0),
    };
  });
  return {
    key: `nearest:${kind}`,
    label: `${translate(lang, 'nearestPrefix')} ${midSentence(NEAR_TARGET_NAMES[kind][lang])}`,
    cells: markBest(measured, 'smaller'),
  };
}
