// An accepted proposal as sites of the region: features that carry the same passport (name, kind,
// municipality) are one site, a MultiPolygon when drawn in several parts (the submission page
// puts one passport on every part); features with different passports become separate sites.
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { ProposalProperties } from '../../src/domain/schema/proposal';
import { SiteFeature, type SiteProperties } from '../../src/domain/schema/site';
import type { RegionData } from '../../src/domain/data/region-data';
import type { SubmissionRecord } from './store';

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** "Индустриальный парк «Северный»" -> "industrialnyy-park-severnyy"; '' when nothing Latin is left. */
export function kebabId(text: string, maxLength = 60): string {
  const latin = [...text.normalize('NFC').toLowerCase()].map((ch) => TRANSLIT[ch] ?? ch).join('');
  const kebab = latin
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, '') // accents: "Résumé" -> "resume"
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (kebab.length <= maxLength) return kebab;
  const cut = kebab.slice(0, maxLength);
  return (cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : cut).replace(/-+$/, '');
}

function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

const text = (v: string | undefined) => (v ? { ru: v } : undefined);
const quantity = (v: number | undefined) => (v === undefined ? undefined : { value: v });
/** Drops undefined members, so the strict site schema sees only what is known. */
function compact<T extends object>(o: T): T | undefined {
  const entries = Object.entries(o).filter(([, v]) => v !== undefined);
  return entries.length ? (Object.fromEntries(entries) as T) : undefined;
}

interface Group {
  passport: ProposalProperties;
  polygons: Position[][][];
}

function groupFeatures(record: SubmissionRecord): Group[] {
  const groups = new Map<string, Group>();
  for (const [i, f] of (record.proposal.features as Feature<Polygon | MultiPolygon>[]).entries()) {
    const parsed = ProposalProperties.safeParse(f.properties ?? {});
    if (!parsed.success) throw new Error(`features[${i}]: the passport does not pass the proposal schema`);
    const p = parsed.data;
    const key = JSON.stringify([p.name, p.kind, p.municipalityId]);
    const group = groups.get(key) ?? { passport: p, polygons: [] };
    groups.set(key, group);
    if (f.geometry.type === 'Polygon') group.polygons.push(f.geometry.coordinates);
    else group.polygons.push(...f.geometry.coordinates);
  }
  return [...groups.values()];
}

/** The proposal's sites, with ids unique among `region`'s sites; throws when one fails the site schema. */
export function sitesFromRecord(record: SubmissionRecord, region: RegionData): SiteFeature[] {
  const taken = new Set(region.sites.features.map((s) => s.properties.id));
  const date = record.receivedAt.slice(0, 10);
  const municipality = region.municipalities.features.find((m) => m.properties.id === record.submitter.municipalityId);
  const who = municipality ? `${municipality.properties.name.ru} (${record.submitter.name})` : record.submitter.name;
  return groupFeatures(record).map((g, i, all) => {
    const p = g.passport;
    const fallback = `proposal-${record.id.toLowerCase()}${all.length > 1 ? `-${i + 1}` : ''}`;
    const id = uniqueId(kebabId(p.nameEn ?? '') || kebabId(p.name) || fallback, taken);
    const properties: SiteProperties = {
      id,
      name: { ru: p.name, ...(p.nameEn ? { en: p.nameEn } : {}) },
      kind: p.kind,
      status: 'proposed',
      ...(p.siteType ? { siteType: p.siteType } : {}),
      municipalityId: p.municipalityId,
      ...(p.specialisation ? { specialisation: { ru: p.specialisation } } : {}),
      land: compact({ totalAreaHa: quantity(p.totalAreaHa), freeAreaHa: quantity(p.freeAreaHa) }),
      utilities: compact({
        electricityMw: p.electricityMw === undefined ? undefined : { capacity: { value: p.electricityMw } },
        gasM3h: p.gasM3h === undefined ? undefined : { capacity: { value: p.gasM3h } },
        waterM3day: p.waterM3day === undefined ? undefined : { capacity: { value: p.waterM3day } },
        note: text(p.utilitiesNote),
      }),
      transport: p.railSiding === undefined ? undefined : { railSiding: p.railSiding },
      people: compact({ contactPerson: p.contactPerson, email: p.email, phone: p.phone }),
      notes: text(p.notes),
      sources: [{ title: `Предложение: ${who}, заявка ${record.id}`, accessed: date }],
      asOf: date,
      locationPrecision: 'exact',
    };
    const geometry: Polygon | MultiPolygon =
      g.polygons.length === 1 ? { type: 'Polygon', coordinates: g.polygons[0]! } : { type: 'MultiPolygon', coordinates: g.polygons };
    const parsed = SiteFeature.safeParse({ type: 'Feature', geometry, properties: compact(properties) });
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      throw new Error(`site "${id}" does not pass the site schema: ${first?.path.join('.')}: ${first?.message}`);
    }
    return parsed.data;
  });
}

/** Sites already merged from this submission (an accept interrupted before the record was updated). */
export function sitesFromSubmission(region: RegionData, id: string): string[] {
  const mark = `заявка ${id}`;
  return region.sites.features.filter((s) => s.properties.sources.some((src) => src.title.endsWith(mark))).map((s) => s.properties.id);
}
