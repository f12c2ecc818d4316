// A boundary relation is used only when it is whole in the data: every member way, every node,
// rings closed. Extract edges cut relations; osmtogeojson still builds a fragment from them.
import { describe, expect, it } from 'vitest';
import type { OverpassJson } from '../../../src/domain/osm/osm-types';
import { completeness, indexElements, isComplete } from '../../../src/domain/osm/relation-completeness';

const nodes = [1, 2, 3, 4].map((id) => ({ type: 'node' as const, id, lat: 55 + (id > 2 ? 0.1 : 0), lon: 85 + (id === 2 || id === 3 ? 0.1 : 0) }));
const relation = (...refs: number[]) => ({
  type: 'relation' as const,
  id: 9,
  members: refs.map((ref) => ({ type: 'way' as const, ref, role: 'outer' })),
});
const check = (doc: OverpassJson) => completeness(doc.elements.find((e) => e.type === 'relation') as ReturnType<typeof relation>, indexElements(doc));

describe('completeness of a boundary relation', () => {
  it('is complete when two ways close one ring', () => {
    const c = check({ elements: [...nodes, { type: 'way', id: 11, nodes: [1, 2, 3] }, { type: 'way', id: 12, nodes: [3, 4, 1] }, relation(11, 12)] });
    expect(c).toEqual({ memberWays: 2, missingWays: 0, waysMissingNodes: 0, openEnds: 0 });
    expect(isComplete(c)).toBe(true);
  });

  it('counts member ways the extract left out', () => {
    const c = check({ elements: [...nodes, { type: 'way', id: 11, nodes: [1, 2, 3] }, relation(11, 12, 13)] });
    expect(c).toMatchObject({ memberWays: 3, missingWays: 2 });
    expect(isComplete(c)).toBe(false);
  });

  it('counts ways whose nodes are missing', () => {
    const c = check({ elements: [nodes[0]!, nodes[1]!, { type: 'way', id: 11, nodes: [1, 2, 3] }, { type: 'way', id: 12, nodes: [3, 4, 1] }, relation(11, 12)] });
    expect(c).toMatchObject({ waysMissingNodes: 2 });
    expect(isComplete(c)).toBe(false);
  });

  it('finds a ring that does not close although every member is there', () => {
    const c = check({ elements: [...nodes, { type: 'way', id: 11, nodes: [1, 2, 3] }, { type: 'way', id: 12, nodes: [3, 4] }, relation(11, 12)] });
    expect(c).toMatchObject({ missingWays: 0, openEnds: 2 });
    expect(isComplete(c)).toBe(false);
  });

  it('reads `out geom` members that carry their coordinates', () => {
    const geom = [{ lat: 55, lon: 85 }, { lat: 55, lon: 85.1 }, { lat: 55.1, lon: 85.1 }, { lat: 55, lon: 85 }];
    const doc = { elements: [{ type: 'relation', id: 9, members: [{ type: 'way', ref: 7, role: 'outer', geometry: geom }] }] } as OverpassJson;
    expect(isComplete(check(doc))).toBe(true);
  });
});
