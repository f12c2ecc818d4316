// The shipped data passes; each kind of broken data fails with a message that names the file,
// the feature, the field and the rule.
import { describe, expect, it } from 'vitest';
import { buildRegion } from '../../../src/domain/data/build-region';
import { formatProblem } from '../../../src/domain/data/format-issues';
import { fixtureRegionFiles, kuzbassFiles, reader, sitesOf } from '../../helpers/region-files';

const messages = (files: ReturnType<typeof fixtureRegionFiles>) => buildRegion(reader(files)).problems.map(formatProblem);

describe('shipped Kuzbass data', () => {
  const result = buildRegion(reader(kuzbassFiles()));

  it('passes every schema and cross-file check', () => {
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.summary).toEqual({ sites: 12, infrastructure: 25, municipalities: 34 });
  });

  it('has sources and a date on every feature and invents no site boundary', () => {
    const files = fixtureRegionFiles();
    for (const name of ['sites.geojson', 'infrastructure.geojson', 'municipalities.geojson']) {
      for (const f of (files[name] as { features: { properties: { sources: unknown[]; asOf: string } }[] }).features) {
        expect(f.properties.sources.length).toBeGreaterThan(0);
        expect(f.properties.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
    for (const site of sitesOf(files)) {
      // No boundary is known for any Kuzbass site: each is a town-centre point and says so.
      expect(site.geometry.type).toBe('Point');
      expect(site.properties.locationPrecision).toBe('settlement');
    }
  });

  it('leaves out the tourist SEZ and keeps unknown figures absent', () => {
    const sites = sitesOf(fixtureRegionFiles());
    expect(sites.map((s) => s.properties.id)).not.toContain(expect.stringMatching(/shori/));
    const zapadny = sites.find((s) => /Западный/.test(s.properties.name.ru));
    expect(zapadny.properties.land?.totalAreaHa).toBeUndefined();
    expect(zapadny.properties.people?.managementCompany).toBeUndefined();
  });
});

describe('broken data', () => {
  it('names file, feature, field and rule for a wrong type', () => {
    const files = fixtureRegionFiles();
    sitesOf(files)[0].properties.land = { totalAreaHa: { value: 'много' } };
    expect(messages(files)).toEqual([
      'sites.geojson: feature "sez-kuzbass-topki": properties.land.totalAreaHa.value: Invalid input: expected number, received string',
    ]);
  });

  it('rejects a feature without sources', () => {
    const files = fixtureRegionFiles();
    sitesOf(files)[1].properties.sources = [];
    expect(messages(files)).toEqual([
      'sites.geojson: feature "sez-kuzbass-kemerovo": properties.sources: every feature needs at least one source',
    ]);
  });

  it('rejects an unknown status and an unknown field, listing both', () => {
    const files = fixtureRegionFiles();
    sitesOf(files)[2].properties.status = 'maybe';
    sitesOf(files)[3].properties.freeAreaHa = 10;
    const out = messages(files);
    expect(out).toHaveLength(2);
    expect(out[0]).toMatch(/^sites\.geojson: feature "[a-z-]+": properties\.status: Invalid option/);
    expect(out[1]).toMatch(/properties: Unrecognized key: "freeAreaHa"/);
  });

  it('rejects an exact location on a point site', () => {
    const files = fixtureRegionFiles();
    sitesOf(files)[0].properties.locationPrecision = 'exact';
    expect(messages(files)[0]).toContain('properties.locationPrecision: a Point site cannot be "exact"');
  });

  it('catches swapped coordinates as outside the region', () => {
    const files = fixtureRegionFiles();
    const site = sitesOf(files)[0];
    site.geometry.coordinates = [...site.geometry.coordinates].reverse();
    expect(messages(files)[0]).toMatch(/feature "sez-kuzbass-topki": geometry\.coordinates: position .* outside the region bbox .* \(lon\/lat swapped\?\)/);
  });

  it('catches a municipality reference that does not resolve, and duplicate ids', () => {
    const files = fixtureRegionFiles();
    sitesOf(files)[0].properties.municipalityId = 'atlantis-go';
    sitesOf(files)[2].properties.id = sitesOf(files)[1].properties.id;
    const out = messages(files);
    expect(out).toContain('sites.geojson: feature "sez-kuzbass-topki": properties.municipalityId: "atlantis-go" is not an id in municipalities.geojson');
    expect(out).toContain('sites.geojson: feature "sez-kuzbass-kemerovo": properties.id: duplicate id in this file');
  });

  it('reports a file that is not JSON', () => {
    const files = fixtureRegionFiles();
    files['infrastructure.geojson'] = '{ "type": "FeatureCollection", ';
    expect(messages(files)[0]).toMatch(/^infrastructure\.geojson: \(file\): cannot read as JSON/);
  });
});
