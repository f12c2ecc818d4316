// The validate CLI as a user runs it: a real process, real files, exit codes per DESIGN.md
// (0 valid, warnings allowed; 1 invalid; 2 unreadable file or bad arguments).
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { crc32 } from 'node:zlib';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ISSUE_CODES } from '../../src/domain/validation';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const fixture = (name: string) => join(root, 'test', 'fixtures', 'proposals', name);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}
async function validate(...args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', join(root, 'scripts/validate.ts'), ...args], { cwd: root });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const { code, stdout, stderr } = e as Outcome;
    return { code, stdout, stderr };
  }
}

describe('npm run validate', () => {
  it('exits 0 for a valid proposal and says so', async () => {
    const out = await validate(fixture('good-polygon.geojson'));
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/good-polygon\.geojson: допустим/);
  });

  it('exits 0 with warnings only, and 1 listing code, path and message for an invalid one', async () => {
    const warned = await validate(fixture('bad-winding_order.geojson'), '--lang', 'en');
    expect(warned.code).toBe(0);
    expect(warned.stdout).toMatch(/valid \(0 error\(s\), 1 warning\(s\)\)/);
    const bad = await validate(fixture('bad-self_intersection.geojson'), '--lang', 'en');
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('self_intersection  features[0].geometry.coordinates[0][0]');
    expect(bad.stdout).toContain('The boundary crosses itself at [86.205, 55.302]');
  });

  it('prints the validation result as JSON with --json, in the language asked', async () => {
    const out = await validate(fixture('bad-missing_property.geojson'), '--json', '--lang=en');
    expect(out.code).toBe(1);
    const result = JSON.parse(out.stdout);
    expect(result).toMatchObject({ ok: false, proposal: { type: 'FeatureCollection' } });
    expect(result.metrics).toHaveLength(1);
    for (const issue of result.issues) {
      expect(ISSUE_CODES).toContain(issue.code);
      expect(issue).toEqual(expect.objectContaining({ severity: 'error', path: expect.any(String), message: expect.any(String) }));
    }
    expect(result.issues.map((i: { path: string }) => i.path)).toEqual(['features[0].properties.contactPerson', 'features[0].properties.email']);
    expect(result.issues[0].message).toBe('The required field "Contact person" (contactPerson) is missing.');
  });

  it('reads KML too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkatlas-kml-'));
    const file = join(dir, 'site.kml');
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Парк</name>
      <ExtendedData><Data name="kind"><value>industrial_park</value></Data><Data name="municipalityId"><value>kemerovsky-mo</value></Data>
      <Data name="contactPerson"><value>М. П. Иванова</value></Data><Data name="email"><value>invest@example.ru</value></Data>
      <Data name="totalAreaHa"><value>28,2</value></Data></ExtendedData>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>86.2,55.3,0 86.21,55.3,0 86.21,55.304,0 86.2,55.304,0 86.2,55.3,0</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>`,
    );
    const out = await validate(file, '--json');
    expect(JSON.parse(out.stdout).issues).toEqual([]);
    expect(out.code).toBe(0);
  });

  it('reads Windows-1251 and UTF-16 files, saying they were converted; refuses bytes that are no text', async () => {
    const cp1251 = await validate(fixture('bad-encoding_converted-cp1251.geojson'));
    expect(cp1251.code).toBe(0);
    expect(cp1251.stdout).toMatch(/encoding_converted[\s\S]*Windows-1251/);
    const utf16 = await validate(fixture('bad-encoding_converted-utf16.geojson'), '--json');
    expect(JSON.parse(utf16.stdout).issues.map((i: { code: string }) => i.code)).toEqual(['encoding_converted']);
    const jpeg = await validate(fixture('bad-unreadable_encoding-jpeg.geojson'));
    expect(jpeg.code).toBe(1);
    expect(jpeg.stdout).toContain('unreadable_encoding');
    // A KML saved in Windows-1251 says so in its XML declaration.
    const dir = mkdtempSync(join(tmpdir(), 'parkatlas-kml-'));
    const kml = join(dir, 'site.kml');
    const text = `<?xml version="1.0" encoding="windows-1251"?><kml xmlns="http://www.opengis.net/kml/2.2"><Placemark><name>Парк</name>
      <ExtendedData><Data name="kind"><value>industrial_park</value></Data><Data name="municipalityId"><value>kemerovsky-mo</value></Data>
      <Data name="contactPerson"><value>М. П. Иванова</value></Data><Data name="email"><value>invest@example.ru</value></Data></ExtendedData>
      <Polygon><outerBoundaryIs><LinearRing><coordinates>86.2,55.3,0 86.21,55.3,0 86.21,55.304,0 86.2,55.304,0 86.2,55.3,0</coordinates></LinearRing></outerBoundaryIs></Polygon></Placemark></kml>`;
    writeFileSync(kml, new Uint8Array([...text].map((ch) => { const c = ch.codePointAt(0)!; return c < 0x80 ? c : c === 0x401 ? 0xa8 : c === 0x451 ? 0xb8 : c - 0x410 + 0xc0; })));
    const fromKml = await validate(kml, '--json');
    expect(fromKml.code).toBe(0);
    expect(JSON.parse(fromKml.stdout).issues.map((i: { code: string }) => i.code)).toEqual(['encoding_converted']);
  });

  it('keeps its contract on inputs that are not files: deep nesting, /dev/zero, a pipe with no writer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkatlas-cli-'));
    const deep = join(dir, 'deep.geojson');
    writeFileSync(deep, `{"type":"Feature","properties":{"x":${'['.repeat(100_000)}${']'.repeat(100_000)}},"geometry":null}`);
    for (const mode of [[], ['--json']]) {
      const out = await validate(deep, ...mode);
      expect(out.code).toBe(1);
      expect(out.stdout).toContain('invalid_json');
    }
    // stat says 0 bytes; the limit holds while reading.
    const zero = await validate('/dev/zero', '--json');
    expect(zero.code).toBe(1);
    expect(JSON.parse(zero.stdout).issues.map((i: { code: string }) => i.code)).toEqual(['file_too_large']);
    const fifo = join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const stalled = await validate(fifo, '--timeout', '1');
    expect(stalled.code).toBe(2);
    expect(stalled.stderr).toContain('no data for 1 s');
  }, 60_000);

  it('prints what the file says as text, and names a misnamed zip or KML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'parkatlas-cli-'));
    const esc = join(dir, 'esc.geojson');
    writeFileSync(esc, '{"type": \u001b]0;pwned\u0007 "Feature"}');
    const out = await validate(esc);
    expect(out.code).toBe(1);
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(out.stdout).not.toMatch(/[\u001b\u0007]/);
    expect(out.stdout).toContain('\\u001b');
    const zip = join(dir, 'site.geojson');
    writeFileSync(zip, Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]));
    expect((await validate(zip, '--lang', 'en')).stdout).toContain('it is a ZIP archive');
    const kml = join(dir, 'export.geojson');
    writeFileSync(kml, '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"></kml>');
    expect((await validate(kml, '--lang', 'en')).stdout).toContain('it is KML; name the file .kml');
  });

  it('reads a zipped shapefile (shpjs runs in Node), and reports its clockwise rings as fixed', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'parkatlas-shp-')), 'site.zip');
    writeFileSync(file, zip(shapefile([[86.2, 55.3], [86.2, 55.304], [86.21, 55.304], [86.21, 55.3], [86.2, 55.3]])));
    const out = await validate(file, '--json');
    const result = JSON.parse(out.stdout);
    expect(result.issues.map((i: { code: string }) => i.code)).toEqual(['winding_order']);
    expect(result.metrics[0].areaHa).toBeCloseTo(28.15, 1);
    expect(out.code).toBe(0);
  });

  it('exits 2 with a one-line reason for a missing file or bad arguments', async () => {
    const missing = await validate(join(root, 'no-such-file.geojson'));
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toMatch(/^validate: cannot read .*no-such-file\.geojson: no such file$/);
    expect(missing.stdout).toBe('');
    const bad = [[], ['--lang', 'de', fixture('good-polygon.geojson')], ['--frobnicate', fixture('good-polygon.geojson')], ['a.geojson', 'b.geojson']];
    const outs = await Promise.all(bad.map((args) => validate(...args)));
    outs.forEach((out, i) => {
      expect(out.code, bad[i]!.join(' ')).toBe(2);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
    });
  });
});

/** A one-polygon shapefile (.shp, .shx, .dbf with the required passport, .prj) as named files. */
function shapefile(ring: [number, number][]): Record<string, Buffer> {
  const xs = ring.map((p) => p[0]);
  const ys = ring.map((p) => p[1]);
  const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  const content = Buffer.alloc(44 + 4 + 16 * ring.length);
  content.writeInt32LE(5, 0); // polygon
  box.forEach((v, i) => content.writeDoubleLE(v, 4 + 8 * i));
  content.writeInt32LE(1, 36); // parts
  content.writeInt32LE(ring.length, 40);
  content.writeInt32LE(0, 44);
  ring.forEach(([x, y], i) => {
    content.writeDoubleLE(x, 48 + 16 * i);
    content.writeDoubleLE(y, 56 + 16 * i);
  });
  const header = (bytes: number) => {
    const h = Buffer.alloc(100);
    h.writeInt32BE(9994, 0);
    h.writeInt32BE(bytes / 2, 24);
    h.writeInt32LE(1000, 28);
    h.writeInt32LE(5, 32);
    box.forEach((v, i) => h.writeDoubleLE(v, 36 + 8 * i));
    return h;
  };
  const record = Buffer.alloc(8);
  record.writeInt32BE(1, 0);
  record.writeInt32BE(content.length / 2, 4);
  const index = Buffer.alloc(8);
  index.writeInt32BE(50, 0);
  index.writeInt32BE(content.length / 2, 4);
  const fields: [string, string][] = [
    ['name', 'Парк у трассы'],
    ['kind', 'industrial_park'],
    ['municipali', 'kemerovsky-mo'], // DBF names are 10 characters: a real export truncates too
    ['contactPer', 'М. П. Иванова'],
    ['email', 'invest@example.ru'],
  ];
  const width = 40;
  const dbfHeader = Buffer.alloc(32 + 32 * fields.length + 1);
  dbfHeader.writeUInt8(3, 0);
  dbfHeader.writeUInt32LE(1, 4);
  dbfHeader.writeUInt16LE(dbfHeader.length, 8);
  dbfHeader.writeUInt16LE(1 + width * fields.length, 10);
  fields.forEach(([name], i) => {
    dbfHeader.write(name, 32 + 32 * i, 'latin1');
    dbfHeader.write('C', 32 + 32 * i + 11, 'latin1');
    dbfHeader.writeUInt8(width, 32 + 32 * i + 16);
  });
  dbfHeader.writeUInt8(0x0d, dbfHeader.length - 1);
  const row = Buffer.concat([Buffer.from(' '), ...fields.map(([, v]) => Buffer.from(v.padEnd(width - (Buffer.byteLength(v) - v.length))))]);
  return {
    'site.shp': Buffer.concat([header(100 + 8 + content.length), record, content]),
    'site.shx': Buffer.concat([header(108), index]),
    'site.dbf': Buffer.concat([dbfHeader, row, Buffer.from([0x1a])]),
    'site.cpg': Buffer.from('UTF-8'),
    'site.prj': Buffer.from('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["Degree",0.0174532925199433]]'),
  };
}

/** A zip archive of stored (uncompressed) entries. */
function zip(files: Record<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of Object.entries(files)) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc32(data), 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(n.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    central.push(entry, n);
    offset += 30 + n.length + data.length;
  }
  const size = central.reduce((s, b) => s + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(size, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...central, end]);
}
