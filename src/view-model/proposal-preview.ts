// A proposal seen as investors will see it: the passport of a site with status "proposed",
// built from the form and the metrics derived from its boundary.
import type { BuiltSiteProperties, SiteDerived } from '../domain/schema/derived';
import type { SiteKind } from '../domain/schema/site';
import { SITE_KINDS } from '../domain/schema/site';
import { coerceForm } from './proposal-form';

export function proposalAsSite(form: Readonly<Record<string, string>>, derived: SiteDerived, today: string): BuiltSiteProperties {
  const p = coerceForm(form);
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? { value: v } : undefined);
  const text = (v: unknown) => (typeof v === 'string' && v ? { ru: v } : undefined);
  const kind = SITE_KINDS.includes(p.kind as SiteKind) ? (p.kind as SiteKind) : 'industrial_park';
  const electricity = num(p.electricityMw);
  const gas = num(p.gasM3h);
  const water = num(p.waterM3day);
  const site: BuiltSiteProperties = {
    id: 'proposal',
    name: { ru: typeof p.name === 'string' && p.name ? p.name : '—', ...(typeof p.nameEn === 'string' ? { en: p.nameEn } : {}) },
    kind,
    status: 'proposed',
    municipalityId: derived.municipalityId || 'unknown',
    locationPrecision: 'exact',
    sources: [{ title: 'Предложение муниципального образования / Municipal proposal', accessed: today }],
    asOf: today,
    derived,
  };
  if (text(p.specialisation)) site.specialisation = text(p.specialisation)!;
  if (p.siteType === 'greenfield' || p.siteType === 'brownfield') site.siteType = p.siteType;
  const total = num(p.totalAreaHa);
  const free = num(p.freeAreaHa);
  if (total || free) site.land = { ...(total ? { totalAreaHa: total } : {}), ...(free ? { freeAreaHa: free } : {}) };
  if (electricity || gas || water) {
    site.utilities = {
      ...(electricity ? { electricityMw: { capacity: electricity } } : {}),
      ...(gas ? { gasM3h: { capacity: gas } } : {}),
      ...(water ? { waterM3day: { capacity: water } } : {}),
    };
  }
  if (typeof p.railSiding === 'boolean') site.transport = { railSiding: p.railSiding };
  if (typeof p.contactPerson === 'string' || typeof p.email === 'string') {
    site.people = {
      ...(typeof p.contactPerson === 'string' ? { contactPerson: p.contactPerson } : {}),
      ...(typeof p.email === 'string' && /^\S+@\S+\.\S+$/.test(p.email) ? { email: p.email } : {}),
    };
  }
  return site;
}
