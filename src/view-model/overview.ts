// Region overview: how many sites, how much land, how many residents and jobs, broken down by
// status, kind and municipality. Unknown values are not zero: every sum says how many sites it
// rests on (`...KnownCount`), so the UI can say "known for 3 of 12".
import type { BuiltSiteProperties } from '../domain/schema/derived';
import type { Quantity } from '../domain/schema/common';
import { openPlanIn } from '../domain/roadmap';
import { SITE_KIND_NAMES, SITE_STATUS_NAMES } from '../i18n/enums';
import type { Lang } from '../i18n/lang';

export interface OverviewGroup {
  key: string;
  label: string;
  count: number;
  /** Sum of the known areas in the group; 0 when none is known (see areaKnownCount). */
  areaHa: number;
  areaKnownCount: number;
}

export interface OverviewTotals {
  sites: number;
  areaHa: number;
  areaKnownCount: number;
  /** Zone-wide figures count each multi-site zone (`partOf`) once. */
  residents: number;
  /** Sites whose figure is known; both parts of a zone count, as the zone's figure covers both. */
  residentsKnownCount: number;
  jobs: number;
  jobsKnownCount: number;
  investmentRubBn: number;
  investmentKnownCount: number;
}

/** The region in the roadmap year: what is not there yet, and how many sites have a plan due or past due. */
export interface OverviewRoadmap {
  year: number;
  /** Sites of the region whose creation is recorded after the year (left out of everything else). */
  notYetCreated: number;
  /** Shown sites with a plan due in the year, and with one past due (no completion recorded). */
  due: number;
  pastDue: number;
}

export interface Overview {
  roadmap?: OverviewRoadmap;
  byStatus: OverviewGroup[];
  byKind: OverviewGroup[];
  byMunicipality: OverviewGroup[];
  totals: OverviewTotals;
}

/** Declared total area, else the area of the boundary; undefined when neither is known. */
export function siteAreaHa(p: BuiltSiteProperties): number | undefined {
  return p.land?.totalAreaHa?.value ?? p.derived.areaHa;
}

function groupBy(
  sites: readonly BuiltSiteProperties[],
  lang: Lang,
  keyOf: (p: BuiltSiteProperties) => string,
  labelOf: (key: string) => string,
): OverviewGroup[] {
  const groups = new Map<string, OverviewGroup>();
  for (const p of sites) {
    const key = keyOf(p);
    let g = groups.get(key);
    if (!g) {
      g = { key, label: labelOf(key), count: 0, areaHa: 0, areaKnownCount: 0 };
      groups.set(key, g);
    }
    g.count += 1;
    const area = siteAreaHa(p);
    if (area !== undefined) {
      g.areaHa += area;
      g.areaKnownCount += 1;
    }
  }
  return [...groups.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, lang));
}

/**
 * Sums a zone-wide figure: a site outside any zone counts on its own; the parts of one zone
 * (same `partOf`) repeat the zone's figure, so the zone's first known value counts once.
 */
function zoneSum(sites: readonly BuiltSiteProperties[], get: (p: BuiltSiteProperties) => Quantity | undefined) {
  const seenZones = new Set<string>();
  let sum = 0;
  let known = 0;
  for (const p of sites) {
    const q = get(p);
    if (!q) continue;
    known += 1;
    if (p.partOf) {
      if (seenZones.has(p.partOf)) continue;
      seenZones.add(p.partOf);
    }
    sum += q.value;
  }
  return { sum, known };
}

/** Keeps sums of decimals like 564.32 + 58.07 free of float noise (…0000001). */
const tidy = (n: number) => Number(n.toFixed(6));

/**
 * `sites` as the roadmap year shows them (statuses then); `roadmap`, when given, is that year and
 * how many of the region's sites it leaves out as not yet created.
 */
export function buildOverview(
  sites: readonly BuiltSiteProperties[],
  lang: Lang,
  municipalityName: (id: string) => string | undefined,
  roadmap?: { year: number; notYetCreated: number },
): Overview {
  const byStatus = groupBy(sites, lang, (p) => p.status, (k) => SITE_STATUS_NAMES[k as BuiltSiteProperties['status']][lang]);
  const byKind = groupBy(sites, lang, (p) => p.kind, (k) => SITE_KIND_NAMES[k as BuiltSiteProperties['kind']][lang]);
  const byMunicipality = groupBy(sites, lang, (p) => p.derived.municipalityId, (id) => municipalityName(id) ?? id);
  for (const g of [...byStatus, ...byKind, ...byMunicipality]) g.areaHa = tidy(g.areaHa);

  const areas = sites.map(siteAreaHa).filter((a): a is number => a !== undefined);
  const residents = zoneSum(sites, (p) => p.economy?.residents);
  const jobs = zoneSum(sites, (p) => p.economy?.jobs);
  const investment = zoneSum(sites, (p) => p.economy?.investmentRubBn);
  const plans = roadmap && sites.map((p) => openPlanIn(p.events, roadmap.year));
  return {
    ...(roadmap && plans
      ? { roadmap: { ...roadmap, due: plans.filter((s) => s === 'due').length, pastDue: plans.filter((s) => s === 'past_due').length } }
      : {}),
    byStatus,
    byKind,
    byMunicipality,
    totals: {
      sites: sites.length,
      areaHa: tidy(areas.reduce((a, b) => a + b, 0)),
      areaKnownCount: areas.length,
      residents: tidy(residents.sum),
      residentsKnownCount: residents.known,
      jobs: tidy(jobs.sum),
      jobsKnownCount: jobs.known,
      investmentRubBn: tidy(investment.sum),
      investmentKnownCount: investment.known,
    },
  };
}
