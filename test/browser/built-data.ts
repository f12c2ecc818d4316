// The built Kuzbass sites, read from dist/ as the browser gets them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BuiltSite {
  properties: { id: string; name: { ru: string; en?: string }; kind: string; status: string; derived: { displayPoint: [number, number] } };
}

export const builtSites = (
  JSON.parse(readFileSync(join(import.meta.dirname, '../../dist/data/kuzbass/sites.geojson'), 'utf8')) as { features: BuiltSite[] }
).features;

export const siteById = (id: string) => {
  const site = builtSites.find((f) => f.properties.id === id);
  if (!site) throw new Error(`no site ${id} in the built data`);
  return site.properties;
};
