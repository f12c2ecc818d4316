// outside_region against the region's real outline (Kuzbass, imported from GMT's DCW), not its
// bounding box, with the tolerance its message states; the data build checks sites the same way.
import { describe, expect, it } from 'vitest';
import { buildRegion } from '../../../src/domain/data/build-region';
import { loadRegion } from '../../../src/domain/data/region-data';
import { contextFromRegion, validateProposal } from '../../../src/domain/validation';
import { describeResult } from '../../../src/i18n/issue-message';
import { formatProblem } from '../../../src/domain/data/format-issues';
import { kuzbassFiles, reader, sitesOf } from '../../helpers/region-files';

const region = loadRegion(reader(kuzbassFiles())).data!;
const ctx = { ...contextFromRegion(region), requireProperties: false };
const square = (lon: number, lat: number, d = 0.01) => ({
  type: 'Polygon' as const,
  coordinates: [[[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]],
});
const codes = (g: unknown) => validateProposal(g, ctx).issues.map((i) => i.code);

describe('outside_region with the real outline', () => {
  it('has the outline where the region imported its context', () => {
    expect(region.outline?.type).toBe('MultiPolygon');
  });

  it('refuses a site ~16 km outside the outline though inside the old bounding box, saying the tolerance', () => {
    const [w, s, e, n] = region.region.bbox;
    expect(88.9 > w && 88.9 < e && 56.5 > s && 56.5 < n).toBe(true);
    const result = validateProposal(square(88.9, 56.5), ctx);
    expect(result.issues.map((i) => i.code)).toContain('outside_region');
    const ru = describeResult(result, 'ru').issues.find((i) => i.code === 'outside_region')!;
    expect(ru.message).toContain('дальше 2 км от его границы');
    expect(ru.params).toMatchObject({ part: 'wholly', toleranceKm: 2 });
  });

  it('accepts a site well inside (Kemerovo), and says "partly" for one across the border', () => {
    expect(codes(square(86.05, 55.33))).not.toContain('outside_region');
    // From ~3 km outside (84.5, 55.9) eastwards into the region.
    const across = validateProposal(square(84.5, 55.9, 0.2), ctx).issues.find((i) => i.code === 'outside_region');
    expect(across?.params).toMatchObject({ part: 'partly' });
  });

  it('fails the data build for a site outside the outline, naming file, feature and distance', () => {
    const files = kuzbassFiles();
    const site = sitesOf(files).find((f: { properties: { id: string } }) => f.properties.id === 'tor-yurga');
    site.geometry.coordinates = [88.9, 56.5];
    const problems = buildRegion(reader(files)).problems.map(formatProblem);
    expect(problems.some((p) => /sites\.geojson: feature "tor-yurga": geometry: lies 1\d\.\d km outside the region's outline/.test(p))).toBe(true);
  });
});
