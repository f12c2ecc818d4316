// Whatever a user uploads, the validator answers: it never throws, never hangs, and every
// rejection carries a known code and a path. Random JSON, random text, and good fixtures broken
// in the ways real files are broken (swapped, dropped, NaN, deep nesting, huge numbers).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES, WARNING_CODES, validateProposal, validateProposalText, type ValidationContext, type ValidationResult } from '../../../src/domain/validation';
import { jsonErrorOffset } from '../../../src/domain/validation/json-text';
import { describeResult } from '../../../src/i18n/issue-message';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'proposals');
const GOOD = readdirSync(DIR)
  .filter((f) => f.startsWith('good-'))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as unknown);
const existing = JSON.parse(readFileSync(join(DIR, 'existing-sites.geojson'), 'utf8')) as {
  features: { properties: { id: string; name: { ru: string } }; geometry: ValidationContext['existingSites'][number]['geometry'] }[];
};

const CTX: ValidationContext = {
  regionBbox: [84.4, 52.1, 89.5, 56.9],
  regionName: { ru: 'Кемеровская область — Кузбасс', en: 'Kemerovo Oblast — Kuzbass' },
  municipalityIds: ['kemerovsky-mo', 'kemerovo-go'],
  existingSites: existing.features.map((f) => ({ id: f.properties.id, name: f.properties.name, geometry: f.geometry })),
};
const RUNS = { numRuns: 400, interruptAfterTimeLimit: 3_000 };

function wellFormed(run: () => ValidationResult, lang: 'ru' | 'en' = 'en'): void {
  // A hang fails by the test's timeout; how fast it answers is `npm run bench -- validate`.
  const r = describeResult(run(), lang);
  expect(typeof r.ok).toBe('boolean');
  for (const i of r.issues) {
    expect(ISSUE_CODES).toContain(i.code);
    expect(typeof i.path).toBe('string');
    expect(i.message.length).toBeGreaterThan(10);
    expect(i.severity).toBe(WARNING_CODES.has(i.code) ? 'warning' : 'error');
  }
  expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
  if (r.proposal) expect(r.metrics).toHaveLength(r.proposal.features.length);
}

type Mutable = Record<string | number, unknown>;
const VALUES = [NaN, Infinity, -Infinity, 1e308, -1e308, 1e-320, 0, -0, null, '', '86,2', true, [], {}, [[]], [NaN, NaN]];

/** Every container in the value with the key of each child: where a mutation can strike. */
function slots(root: unknown): [Mutable, string | number][] {
  const out: [Mutable, string | number][] = [];
  const stack = [root];
  while (stack.length > 0 && out.length < 5_000) {
    const v = stack.pop();
    if (typeof v !== 'object' || v === null) continue;
    for (const k of Array.isArray(v) ? v.keys() : Object.keys(v)) {
      out.push([v as Mutable, k]);
      stack.push((v as Mutable)[k]);
    }
  }
  return out;
}

const mutation = fc.tuple(
  fc.nat(),
  fc.constantFrom('set', 'drop', 'swap', 'nest', 'repeat', 'scale'),
  fc.oneof(fc.constantFrom(...VALUES), fc.jsonValue({ maxDepth: 2 })),
);

function mutate(doc: unknown, [at, op, value]: [number, string, unknown]): unknown {
  const all = slots(doc);
  const slot = all[at % Math.max(all.length, 1)];
  if (!slot) return value;
  const [parent, key] = slot;
  const target = parent[key];
  if (op === 'set') parent[key] = value;
  else if (op === 'drop') {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else if (op === 'swap' && Array.isArray(target) && target.length >= 2) {
    [target[0], target[1]] = [target[1], target[0]]; // lon/lat, or two positions, or two rings
  } else if (op === 'nest') {
    let deep: unknown = target;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    parent[key] = deep;
  } else if (op === 'repeat' && Array.isArray(target)) {
    parent[key] = Array.from({ length: 2_000 }, (_, i) => target[i % Math.max(target.length, 1)]);
  } else if (op === 'scale' && typeof target === 'number') parent[key] = target * 111_319.49; // degrees -> metres
  return doc;
}

describe('the validator never throws or hangs', () => {
  it('on random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (json) => wellFormed(() => validateProposal(json, CTX))),
      RUNS,
    );
  });

  it('on random GeoJSON-shaped objects', () => {
    const position = fc.array(fc.oneof(fc.double(), fc.integer(), fc.constant(86.2), fc.string()), { maxLength: 4 });
    const ring = fc.array(position, { maxLength: 12 });
    const geometry = fc.record({
      type: fc.constantFrom('Polygon', 'MultiPolygon', 'Point', 'LineString', 'GeometryCollection', 'Polygonn'),
      coordinates: fc.oneof(fc.array(ring, { maxLength: 3 }), fc.array(fc.array(ring, { maxLength: 3 }), { maxLength: 3 }), position),
    });
    const feature = fc.record({
      type: fc.constantFrom('Feature', 'feature'),
      id: fc.oneof(fc.constantFrom('a', 'b', 1), fc.string()),
      geometry: fc.oneof(geometry, fc.constant(null)),
      properties: fc.oneof(fc.constant(null), fc.dictionary(fc.constantFrom('name', 'kind', 'email', 'totalAreaHa', 'municipalityId', 'OBJECTID'), fc.jsonValue({ maxDepth: 1 }))),
    });
    const doc = fc.oneof(
      fc.record({ type: fc.constant('FeatureCollection'), features: fc.array(feature, { maxLength: 4 }), crs: fc.jsonValue({ maxDepth: 2 }) }),
      feature,
      geometry,
    );
    fc.assert(fc.property(doc, fc.constantFrom<'ru' | 'en'>('ru', 'en'), (json, lang) => wellFormed(() => validateProposal(json, CTX), lang)), RUNS);
  });

  it('on good fixtures broken by mutations', () => {
    fc.assert(
      fc.property(fc.nat(GOOD.length - 1), fc.array(mutation, { minLength: 1, maxLength: 4 }), (which, ops) => {
        const doc = ops.reduce(mutate, structuredClone(GOOD[which]));
        wellFormed(() => validateProposal(doc, CTX));
      }),
      RUNS,
    );
  });

  it('on good fixtures as text with characters inserted or removed', () => {
    const texts = GOOD.map((g) => JSON.stringify(g, null, 1));
    const edit = fc.tuple(fc.nat(), fc.nat(5), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.nat(texts.length - 1), edit, (which, [at, cut, insert]) => {
        const t = texts[which]!;
        const i = at % t.length;
        const text = t.slice(0, i) + insert + t.slice(i + cut);
        wellFormed(() => validateProposalText(text, CTX));
      }),
      RUNS,
    );
  });

  it('on any text, with an invalid_json issue exactly when JSON.parse fails', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.json().map((j) => j.slice(0, -1))), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(jsonErrorOffset(text) === -1).toBe(parses);
        wellFormed(() => validateProposalText(text, CTX));
      }),
      RUNS,
    );
  });
});
