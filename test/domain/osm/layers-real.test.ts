// One definition of what each layer takes: the live Overpass query's text and the file path's
// classifier give the same features from the same real data. The query text is run by a small
// Overpass evaluator (test/helpers/overpass-ql.ts) over every element of each real extract.
import { describe, expect, it } from 'vitest';
import { convertOverpass } from '../../../src/domain/osm/convert';
import { classifyElement, isBoundaryElement, OSM_QUERY_GROUPS } from '../../../src/domain/osm/layers';
import { mergeOverpass, type OsmTags, type OverpassJson } from '../../../src/domain/osm/osm-types';
import { buildQuery } from '../../../src/domain/osm/queries';
import { runQuery } from '../../helpers/overpass-ql';
import { allElements } from '../../helpers/real-osm';

const EXTRACTS = [
  { name: 'monaco-latest.osm.pbf', bbox: [7.409205, 43.72335, 7.448637, 43.75169] as const, levels: ['8', '10'] },
  { name: 'moscow.osm.bz2', bbox: [37.582641, 55.805261, 37.626929, 55.824455] as const, levels: ['5', '8'] },
  { name: 'baltimore.osm.pbf', bbox: [-76.6081, 39.2586, -76.5288, 39.3065] as const, levels: ['6', '8'] },
];

describe.each(EXTRACTS)('the live query and the file reader agree on $name', ({ name, bbox, levels }) => {
  it('selects the same objects, and the same features come out', async () => {
    const elements = await allElements(name);
    const file: OverpassJson = { elements };
    const answers = OSM_QUERY_GROUPS.map((g) => runQuery(buildQuery(g, { bbox }, { adminLevels: levels }), elements));
    const live = mergeOverpass(answers);

    const taggedBy = (doc: OverpassJson) =>
      doc.elements
        .filter((e) => e.tags && (classifyElement(e.type, e.tags as OsmTags) || isBoundaryElement(e.type, e.tags as OsmTags, levels)))
        .map((e) => `${e.type}/${e.id}`)
        .sort();
    const queried = answers.flatMap((a) => a.elements.filter((e) => e.tags).map((e) => `${e.type}/${e.id}`));
    // Everything the query returned with tags is what the classifier takes, and the reverse.
    expect([...new Set(queried)].sort()).toEqual(taggedBy(file));

    const options = { bbox, importDate: '2026-12-03', adminLevels: levels };
    const fromFile = convertOverpass(file, options);
    const fromLive = convertOverpass(live, options);
    // Osmtogeojson lists features in the document's order, which differs between the two.
    const byId = <T extends { properties: { id: string } }>(list: T[]) => [...list].sort((a, b) => a.properties.id.localeCompare(b.properties.id));
    expect(byId(fromLive.infrastructure)).toEqual(byId(fromFile.infrastructure));
    const boundaries = (r: typeof fromFile) => r.boundaries.map((b) => [b.osmId, b.geometry]).sort();
    expect(boundaries(fromLive)).toEqual(boundaries(fromFile));
    expect(fromFile.infrastructure.length).toBeGreaterThan(0);
  }, 60_000);
});
