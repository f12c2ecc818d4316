import { describe, expect, it } from 'vitest';
import { buildQuery } from '../../../src/domain/osm/queries';
import { OSM_QUERY_GROUPS } from '../../../src/domain/osm/layers';

describe('buildQuery', () => {
  const bbox = { bbox: [84.4, 52.1, 89.5, 56.9] as const };

  it('writes the region bbox the Overpass way: (south,west,north,east)', () => {
    const q = buildQuery('roads', bbox);
    expect(q).toBe(
      '[out:json][timeout:180];\n(\n  way["highway"~"^(motorway|trunk|primary)$"](52.1,84.4,56.9,89.5);\n);\nout body;\n>;\nout skel qt;',
    );
  });

  it('has one query per layer group, each with body output and its members', () => {
    for (const g of OSM_QUERY_GROUPS) {
      const q = buildQuery(g, bbox, { timeoutS: 60 });
      expect(q.startsWith('[out:json][timeout:60];')).toBe(true);
      expect(q.endsWith('out body;\n>;\nout skel qt;')).toBe(true);
    }
    expect(buildQuery('power', bbox)).toContain('way["power"="line"](52.1,84.4,56.9,89.5);');
    expect(buildQuery('power', bbox)).toContain('way["power"="minor_line"]["voltage"~"[0-9]"](52.1,84.4,56.9,89.5);');
    expect(buildQuery('boundaries', bbox, { adminLevels: ['6', '5'] })).toContain('["admin_level"~"^(6|5)$"]');
  });

  it('can search an OSM relation area instead of the bbox', () => {
    const q = buildQuery('airports', { relationId: 144763 });
    expect(q).toContain('area(id:3600144763)->.region;');
    expect(q).toContain('nwr["aeroway"="aerodrome"](area.region);');
  });
});
