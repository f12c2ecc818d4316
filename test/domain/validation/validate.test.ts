// The proposal validator against the fixture folder (each bad file names the code it must
// produce) and the specific promises of the issue: where, how much, in both languages.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { area, intersect, featureCollection, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { loadRegion } from '../../../src/domain/data/region-data';
import { SubmissionBody } from '../../../src/domain/schema/proposal';
import {
  ISSUE_CODES,
  LIMITS,
  WARNING_CODES,
  contextFromRegion,
  validateProposal as validateRaw,
  validateProposalText as validateTextRaw,
  type ExistingSite,
  type IssueCode,
  type ValidationContext,
} from '../../../src/domain/validation';
import { describeResult, type DescribedResult as ValidationResult } from '../../../src/i18n/issue-message';
import { validationMessage } from '../../../src/i18n/validation-messages';
import { findCrossings } from '../../../src/domain/validation/crossings';
import type { Pos } from '../../../src/domain/validation/geometry-read';
import { jsonErrorOffset } from '../../../src/domain/validation/json-text';
import { misnamedFile, unreadableEncoding, withEncodingNotice } from '../../../src/domain/validation/file-read';
import { looksLike } from '../../../src/convert/proposal-file';
import { decodeText } from '../../../src/convert/decode-text';
import { fixtureRegionFiles, reader } from '../../helpers/region-files';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'proposals');
const FILES = readdirSync(DIR).sort();
const GOOD = FILES.filter((f) => f.startsWith('good-'));
const BAD = FILES.filter((f) => f.startsWith('bad-'));
const readFixture = (name: string) => readFileSync(join(DIR, name), 'utf8');
const parseFixture = (name: string) => JSON.parse(readFixture(name)) as FeatureCollection<Polygon>;
/** `bad-invalid_polygon-zero_area.geojson` -> `invalid_polygon` */
const codeOf = (file: string) => file.slice('bad-'.length).replace(/\.[a-z]+$/, '').split('-')[0] as IssueCode;

/** The validator speaks no language: these tests read its issues worded as the page and CLI show them. */
type Ctx = ValidationContext & { lang?: 'ru' | 'en' };
const validateProposal = (json: unknown, ctx: Ctx) => describeResult(validateRaw(json, ctx), ctx.lang ?? 'en');
const validateProposalText = (text: string, ctx: Ctx, bytes?: number) => describeResult(validateTextRaw(text, ctx, bytes), ctx.lang ?? 'en');

function context(lang: 'ru' | 'en', extra: Partial<ValidationContext> = {}): Ctx {
  const region = loadRegion(reader(fixtureRegionFiles()));
  if (!region.data) throw new Error('Kuzbass data must load');
  const existing = parseFixture('existing-sites.geojson').features.map(
    (f): ExistingSite => ({ id: f.properties!.id, name: f.properties!.name, geometry: f.geometry }),
  );
  const ctx = contextFromRegion(region.data);
  return { ...ctx, lang, existingSites: [...ctx.existingSites, ...existing], ...extra };
}
const CTX = { ru: context('ru'), en: context('en') };

/** A fixture's bytes as the page and the CLI read them: decoded (UTF-8, UTF-16, Windows-1251) first. */
function validateFile(name: string, lang: 'ru' | 'en'): ValidationResult {
  const ctx = codeOf(name) === 'file_too_large' ? { ...CTX[lang], maxBytes: 1024 } : CTX[lang];
  const bytes = readFileSync(join(DIR, name));
  const looks = looksLike(bytes);
  if (looks) return describeResult(misnamedFile(looks), lang);
  const decoded = decodeText(bytes);
  if (!decoded.ok) return describeResult(unreadableEncoding(decoded.offset), lang);
  return describeResult(withEncodingNotice(validateTextRaw(decoded.text, ctx, statSync(join(DIR, name)).size), decoded.encoding), lang);
}
const codes = (r: ValidationResult) => r.issues.map((i) => i.code);
const issue = (r: ValidationResult, code: IssueCode) => {
  const found = r.issues.find((i) => i.code === code);
  if (!found) throw new Error(`no ${code} in ${JSON.stringify(codes(r))}`);
  return found;
};
const near = (a: readonly number[] | undefined, b: readonly number[], eps = 1e-6) =>
  expect(a && Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!)).toBeLessThan(eps);

describe('fixture folder', () => {
  it('has a bad file for every issue code and at least three good files', () => {
    const covered = new Set(BAD.map(codeOf));
    expect(ISSUE_CODES.filter((c) => !covered.has(c))).toEqual([]);
    expect(BAD.map(codeOf).filter((c) => !ISSUE_CODES.includes(c))).toEqual([]);
    expect(GOOD.length).toBeGreaterThanOrEqual(3);
  });

  it.each(GOOD)('accepts %s with no issue', (name) => {
    for (const lang of ['ru', 'en'] as const) {
      const r = validateFile(name, lang);
      expect(r.issues).toEqual([]);
      expect(r.ok).toBe(true);
      expect(r.proposal?.features.length).toBeGreaterThan(0);
      expect(r.metrics?.every((m) => m && m.areaHa > 1 && m.municipalityId === 'kemerovsky-mo')).toBe(true);
    }
  });

  it.each(BAD)('%s produces its code, explained in Russian and English', (name) => {
    const code = codeOf(name);
    const [ru, en] = [validateFile(name, 'ru'), validateFile(name, 'en')];
    expect(codes(ru)).toContain(code);
    expect(codes(en)).toEqual(codes(ru));
    expect(ru.ok).toBe(WARNING_CODES.has(code));
    expect(issue(ru, code).severity).toBe(WARNING_CODES.has(code) ? 'warning' : 'error');
    ru.issues.forEach((r, k) => {
      const e = en.issues[k]!;
      expect(ISSUE_CODES).toContain(r.code);
      expect(['error', 'warning']).toContain(r.severity);
      expect(typeof r.path).toBe('string');
      expect(r.message).toMatch(/[а-яё]{3}/i);
      expect(e.message).toMatch(/[a-z]{3}/i);
      expect(e.message).not.toBe(r.message);
      expect(r.message).not.toMatch(/undefined|NaN|\{\w+\}|\?\]/);
      expect(e.message).not.toMatch(/undefined|NaN|\{\w+\}|\?\]/);
    });
  });
});

describe('what the messages say', () => {
  it('points at the crossing of a self-intersecting boundary', () => {
    const i = issue(validateFile('bad-self_intersection.geojson', 'en'), 'self_intersection');
    near(i.location, [86.205, 55.302]);
    expect(i.path).toBe('features[0].geometry.coordinates[0][0]');
    expect(i.message).toContain('86.205, 55.302');
  });

  it('recognises swapped lon/lat rather than calling it outside the region', () => {
    const r = validateFile('bad-swapped_coordinates.geojson', 'en');
    expect(codes(r)).toEqual(['swapped_coordinates']);
    near(issue(r, 'swapped_coordinates').location, [86.205, 55.302]);
    expect(issue(r, 'swapped_coordinates').message).toContain('Kemerovo Oblast');
  });

  it('explains metres of a projected CRS and how to re-export in WGS 84', () => {
    for (const name of ['bad-projected_coordinates.geojson', 'bad-projected_coordinates-msk.geojson']) {
      for (const lang of ['ru', 'en'] as const) {
        const m = issue(validateFile(name, lang), 'projected_coordinates').message;
        expect(m).toContain('EPSG:3857');
        expect(m).toContain('EPSG:4326');
        expect(m).toContain('QGIS');
        expect(m).toMatch(lang === 'ru' ? /МСК/ : /MSK/);
      }
    }
    expect(codes(validateFile('bad-projected_coordinates.geojson', 'ru'))).not.toContain('coordinates_out_of_range');
  });

  it('gives the overlap with an existing site in hectares, with its name', () => {
    const r = validateFile('bad-overlaps_existing_site.geojson', 'en');
    const f = parseFixture('bad-overlaps_existing_site.geojson').features[0]!;
    const site = parseFixture('existing-sites.geojson').features[0]!;
    const expected = area(intersect(featureCollection([f, site]))!) / 10_000;
    expect(expected).toBeGreaterThan(30);
    const i = issue(r, 'overlaps_existing_site');
    expect(Number(i.params?.ha)).toBeCloseTo(expected, 1);
    expect(i.message).toContain('Testovy Industrial Park');
    near(i.location, [86.315, 55.3075], 1e-4);
    expect(issue(validateFile('bad-overlaps_existing_site.geojson', 'ru'), 'overlaps_existing_site').message).toContain('«Тестовый»');
  });

  it('rewinds rings per RFC 7946 in the returned proposal, with a warning', () => {
    const r = validateFile('bad-winding_order.geojson', 'ru');
    expect(r.ok).toBe(true);
    const input = parseFixture('bad-winding_order.geojson').features[0]!.geometry.coordinates[0]!;
    const out = (r.proposal!.features[0] as Feature<Polygon>).geometry.coordinates[0]!;
    expect(out).toEqual([...input].reverse());
    expect(signedArea(out)).toBeGreaterThan(0);
    const hole = validateFile('good-hole.geojson', 'ru').proposal!.features[0] as Feature<Polygon>;
    expect(signedArea(hole.geometry.coordinates[0]!)).toBeGreaterThan(0);
    expect(signedArea(hole.geometry.coordinates[1]!)).toBeLessThan(0);
  });

  it('gives both areas when the declared one differs by more than 10%', () => {
    const i = issue(validateFile('bad-area_mismatch.geojson', 'en'), 'area_mismatch');
    expect(i.params).toMatchObject({ declared: 280 });
    expect(Number(i.params?.computed)).toBeCloseTo(28.15, 1);
    expect(i.path).toBe('features[0].properties.totalAreaHa');
  });

  it('names the region, the line and column, and each bad field', () => {
    expect(issue(validateFile('bad-outside_region.geojson', 'ru'), 'outside_region').message).toContain('Кузбасс');
    expect(issue(validateFile('bad-invalid_json.geojson', 'en'), 'invalid_json').params).toMatchObject({ line: 4, column: 58 });
    const props = validateFile('bad-invalid_property.geojson', 'en').issues.map((i) => i.path);
    expect(props).toEqual(['kind', 'email', 'phone', 'electricityMw'].map((k) => `features[0].properties.${k}`));
    expect(issue(validateFile('bad-unknown_municipality.geojson', 'en'), 'unknown_municipality').message).toContain(
      '"novosibirsk-go" is not a municipality of Kemerovo Oblast — Kuzbass',
    );
  });

  it('refuses control characters and BiDi overrides in passport text, naming the field; keeps line breaks', () => {
    const proposal = parseFixture('good-polygon.geojson');
    const props = proposal.features[0]!.properties as Record<string, unknown>;
    props.name = 'Парк \u202egpj.exe';
    props.contactPerson = 'Иванова\u001b[2J';
    props.specialisation = 'Логистика,\nпищевая промышленность';
    const r = validateProposal(proposal, CTX.ru);
    expect(r.issues.map((i) => [i.code, i.path, i.params?.reason])).toEqual([
      ['invalid_property', 'features[0].properties.name', 'control_characters'],
      ['invalid_property', 'features[0].properties.contactPerson', 'control_characters'],
    ]);
    expect(issue(r, 'invalid_property').message).toContain('управляющие символы');
  });
});

/** Twice the signed area: positive counter-clockwise. */
function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) s += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return s;
}

describe('all problems at once', () => {
  it('reports geometry, passport and file problems of several features together', () => {
    const good = parseFixture('good-polygon.geojson').features[0]!;
    const bowTie = parseFixture('bad-self_intersection.geojson').features[0]!.geometry;
    const json = {
      type: 'FeatureCollection',
      features: [
        { ...good, id: 'a', geometry: bowTie, properties: { ...good.properties, email: 'nope', municipalityId: 'tomsk-go' } },
        { type: 'Feature', id: 'a', geometry: null, properties: { name: 'Без контактов' } },
        { type: 'Feature', geometry: { type: 'Polygon', coordinates: [[[186.2, 55.3], [186.21, 55.3], [186.21, 55.304], [186.2, 55.3]]] }, properties: null },
      ],
    };
    const r = validateProposal(json, CTX.en);
    expect(new Set(codes(r))).toEqual(
      new Set(['duplicate_id', 'self_intersection', 'invalid_property', 'unknown_municipality', 'geometry_missing', 'missing_property', 'coordinates_out_of_range']),
    );
    expect(r.issues.filter((i) => i.code === 'missing_property').map((i) => i.path)).toContain('features[2].properties.email');
    expect(r.ok).toBe(false);
  });
});

describe('boundary topology', () => {
  const square = [[86.2, 55.3], [86.21, 55.3], [86.21, 55.31], [86.2, 55.31], [86.2, 55.3]];
  const check = (coordinates: number[][][]) => validateProposal({ type: 'Polygon', coordinates }, { ...CTX.en, requireProperties: false });

  it('accepts a hole touching its shell at one vertex', () => {
    expect(check([square, [[86.2, 55.3], [86.205, 55.308], [86.208, 55.305], [86.2, 55.3]]]).issues).toEqual([]);
  });

  it('rejects a hole sharing an edge with its shell, and a ring touching itself', () => {
    expect(codes(check([square, [[86.2, 55.3], [86.205, 55.305], [86.21, 55.3], [86.2, 55.3]]]))).toEqual(['self_intersection']);
    const figure8 = [[86.2, 55.3], [86.205, 55.305], [86.21, 55.3], [86.21, 55.31], [86.205, 55.305], [86.2, 55.31], [86.2, 55.3]];
    const r = check([figure8]);
    expect(codes(r)).toEqual(['self_intersection']);
    near(r.issues[0]!.location, [86.205, 55.305]);
  });

  it('rejects a spike doubling back along an edge', () => {
    expect(codes(check([[[86.2, 55.3], [86.22, 55.3], [86.21, 55.3], [86.21, 55.31], [86.2, 55.3]]]))).toEqual(['self_intersection']);
  });

  // Speed is `npm run bench -- validate`; here, the work: the crossing check tests a few segment
  // pairs per segment (its horizontal bands), never every pair (quadratic: ~10^9 here).
  const pairTests = (rings: Pos[][]) => {
    const budget = { remaining: LIMITS.segmentTests };
    const result = findCrossings(rings, budget);
    return { kind: result.kind, tests: LIMITS.segmentTests - budget.remaining, segments: rings.reduce((n, r) => n + r.length - 1, 0) };
  };
  const cell = (x: number, y: number, d: number): Pos[] => [[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]];

  it('checks 30,000 parts, or 10,000 holes, with a few segment tests per segment', () => {
    const grid = Array.from({ length: 30_000 }, (_, k) => [cell(85.5 + (k % 200) * 0.005, 55.2 + Math.floor(k / 200) * 0.002, 0.001)]);
    const gridWork = pairTests(grid.map(([ring]) => ring!));
    expect(gridWork.kind).toBe('none');
    expect(gridWork.tests).toBeLessThan(10 * gridWork.segments);
    const parts = validateProposal({ type: 'MultiPolygon', coordinates: grid }, { ...CTX.en, requireProperties: false });
    expect(codes(parts)).toEqual(['overlaps_existing_site']); // the grid runs over the test site
    const holes = Array.from({ length: 10_000 }, (_, k) => cell(86.2 + (k % 100) * 0.0002, 55.3 + Math.floor(k / 100) * 0.0002, 0.0001).reverse());
    const shellAndHoles = [cell(86.1999, 55.2999, 0.0202), ...holes];
    const holeWork = pairTests(shellAndHoles);
    expect(holeWork.kind).toBe('none');
    expect(holeWork.tests).toBeLessThan(10 * holeWork.segments);
    expect(check(shellAndHoles).issues).toEqual([]);
  });

  it('stops at the first hundred crossings of two thousand copies of one ring', () => {
    const copies = Array.from({ length: 2000 }, () => square as Pos[]);
    const work = pairTests(copies);
    expect(work.kind).toBe('found');
    expect(work.tests).toBeLessThan(copies.length); // far fewer than one per ring: it stopped early
    expect(codes(check(copies))).toContain('self_intersection');
  });
});

describe('input forms and options', () => {
  const rect: Polygon = parseFixture('good-polygon.geojson').features[0]!.geometry;

  it('wraps a bare geometry and checks only the geometry when properties are not required', () => {
    const r = validateProposal(rect, { ...CTX.ru, requireProperties: false });
    expect(r).toMatchObject({ ok: true, issues: [] });
    expect(r.proposal).toMatchObject({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: rect }] });
    expect(codes(validateProposal(rect, CTX.ru))).toEqual(Array(5).fill('missing_property'));
  });

  it('rounds positions to 6 decimals and drops altitude', () => {
    const noisy = { ...rect, coordinates: [rect.coordinates[0]!.map(([x, y]) => [x! + 1.23e-8, y!, 250])] };
    const r = validateProposal(noisy, { ...CTX.ru, requireProperties: false });
    expect((r.proposal!.features[0] as Feature<Polygon>).geometry).toEqual(rect);
  });

  it('checks the size before parsing, from the byte length given', () => {
    const r = validateProposalText('{ not even json', { ...CTX.en, maxBytes: 10 }, 60 * 1024 * 1024);
    expect(codes(r)).toEqual(['file_too_large']);
    expect(r.issues[0]!.message).toContain('60 MB');
    expect(r.issues[0]!.path).toBe('');
    expect(codes(validateProposalText('x'.repeat(2000), { ...CTX.en, maxBytes: 1000 }))).toEqual(['file_too_large']);
  });

  it('accepts a byte order mark and legacy CRS84, rejects other CRSs', () => {
    expect(validateProposalText(`\ufeff${readFixture('good-polygon.geojson')}`, CTX.ru).ok).toBe(true);
    const withCrs = (name: string) => ({ ...parseFixture('good-polygon.geojson'), crs: { type: 'name', properties: { name } } });
    expect(validateProposal(withCrs('urn:ogc:def:crs:EPSG::4326'), CTX.ru).ok).toBe(true);
    expect(codes(validateProposal(withCrs('EPSG:28406'), CTX.ru))).toEqual(['crs_not_wgs84']);
  });

  it('re-renders any message in the other language from code and params', () => {
    const i = issue(validateFile('bad-area_mismatch.geojson', 'ru'), 'area_mismatch');
    expect(validationMessage(i.code, 'en', i.params)).toBe(issue(validateFile('bad-area_mismatch.geojson', 'en'), 'area_mismatch').message);
  });

  it('locates JSON errors the way JSON.parse rejects them', () => {
    for (const text of ['{"a":1}', '[1, 2,]', '{"a" 1}', '"\\x"', '01', '[1]x', '{"a":tru}', '[', '', ' 1.5e+3 ']) {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      expect(jsonErrorOffset(text) === -1, text).toBe(parses);
    }
  });

  it('parses a submission body built from a validated proposal', () => {
    const { proposal } = validateFile('good-polygon.geojson', 'ru');
    const body = { clientId: '4b1d7c1e-2f0a-4c44-9a55-0d3f4a0c9b11', submitter: { municipalityId: 'kemerovsky-mo', name: 'М. П. Иванова', email: 'invest@example.ru' }, proposal };
    expect(SubmissionBody.safeParse(body).success).toBe(true);
    expect(SubmissionBody.safeParse({ ...body, clientId: 'x' }).success).toBe(false);
    expect(SubmissionBody.safeParse({ ...body, proposal: { type: 'FeatureCollection', features: [] } }).success).toBe(false);
  });
});

describe('large files', () => {
  const props = parseFixture('good-polygon.geojson').features[0]!.properties;
  /** A star-shaped ring (no crossings) of n vertices around a centre. */
  const star = ([cx, cy]: [number, number], n: number) => {
    const pts: number[][] = [];
    for (let i = 0; i < n; i++) {
      const a = (2 * Math.PI * i) / n;
      const r = 1 + (i % 2) * 0.01;
      pts.push([+(cx + 0.02 * r * Math.cos(a)).toFixed(6), +(cy + 0.012 * r * Math.sin(a)).toFixed(6)]);
    }
    return [...pts, pts[0]!];
  };

  it('checks a ~50 MB file in full', () => {
    // 2,200 sites of 1,000 vertices: just under 50 MiB, 2.2 M vertices.
    const features = Array.from({ length: 2200 }, (_, k) => ({
      ...polygon([star([85 + (k % 40) * 0.1, 53 + Math.floor(k / 40) * 0.05], 1000)], { ...props, totalAreaHa: undefined }),
      id: `p${k}`,
    }));
    const text = JSON.stringify(featureCollection(features));
    const bytes = Buffer.byteLength(text);
    expect(bytes).toBeGreaterThan(45e6);
    expect(bytes).toBeLessThan(50 * 1024 * 1024);
    const r = validateProposalText(text, { ...CTX.en, existingSites: [] }, bytes);
    expect(r.issues).toEqual([]);
    expect(r.metrics).toHaveLength(2200);
  }, 60_000);

  it('rejects a boundary of more vertices than it checks, saying to simplify it', () => {
    const r = validateProposal(polygon([star([86.2, 55.3], 200_001)], props), CTX.en);
    expect(issue(r, 'invalid_polygon')).toMatchObject({ path: 'features[0].geometry', params: { reason: 'too_many_vertices' } });
    expect(issue(r, 'invalid_polygon').message).toMatch(/simplify/i);
  });
});

describe('bbox members (RFC 7946 §5)', () => {
  const good = () => JSON.parse(readFixture('good-polygon.geojson')) as Record<string, unknown> & { features: Record<string, unknown>[] };
  it('refuses a bbox that is not 4 or 6 numbers, south before north, saying where', () => {
    for (const bad of ['string', [86.2, 55.3, 86.3], [86.2, 55.4, 86.3, 55.3], [86.2, 55.3, 'x', 55.4], null]) {
      const file = good();
      file.bbox = bad;
      const r = validateProposal(file, CTX.ru);
      const issue = r.issues.find((i) => i.code === 'not_geojson');
      expect(issue?.path).toBe('bbox');
      expect(issue?.message).toContain('"bbox" должно быть массивом из 4 чисел');
    }
    const feature = good();
    feature.features[0]!.bbox = 'x';
    expect(validateProposal(feature, CTX.en).issues.find((i) => i.code === 'not_geojson')?.path).toBe('features[0].bbox');
  });

  it('accepts a proper bbox, with or without heights', () => {
    for (const ok of [[86.2, 55.3, 86.3, 55.4], [86.2, 55.3, 0, 86.3, 55.4, 100]]) {
      const file = good();
      file.bbox = ok;
      expect(validateProposal(file, CTX.en).issues.map((i) => i.code)).not.toContain('not_geojson');
    }
  });
});
