// `npm run validate -- FILE [--json] [--lang ru|en] [--region kuzbass]`: checks a proposed site
// file with the same validator as the submission page and the receiver (src/domain/validation).
// Exit 0 valid (warnings allowed), 1 invalid, 2 unreadable file or bad arguments (DESIGN.md).
//
// GeoJSON/JSON is read as text; .kml is converted with @tmcw/togeojson (DOM from @xmldom/xmldom);
// .zip (a zipped shapefile) with shpjs, which runs in Node and reprojects by the .prj if present;
// the DBF's 10-character column names ("municipali") are mapped back to the passport's fields.
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { loadRegion } from '../src/domain/data/region-data';
import { formatProblem } from '../src/domain/data/format-issues';
import {
  contextFromRegion,
  typeTextProperties,
  validateProposal,
  validateProposalText,
  type ValidationResult,
} from '../src/domain/validation';
import { DEFAULT_MAX_BYTES } from '../src/domain/validation/codes';
import { isLang } from '../src/i18n/lang';
import { argValue, projectRoot } from './lib/cli';

const USAGE = 'usage: npm run validate -- FILE [--json] [--lang ru|en] [--region kuzbass]';

/** Exit 2 with a one-line reason. */
class Unreadable extends Error {}

interface Args {
  file: string;
  json: boolean;
  lang: 'ru' | 'en';
  region: string;
}

function parseArgs(argv: readonly string[]): Args {
  const withValue = new Set(['--lang', '--region']);
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const flag = a.split('=')[0]!;
    if (withValue.has(flag)) {
      if (!a.includes('=')) i++;
      continue;
    }
    if (a === '--json') continue;
    if (a.startsWith('--')) throw new Unreadable(`unknown option ${a}; ${USAGE}`);
    rest.push(a);
  }
  if (rest.length !== 1) throw new Unreadable(rest.length === 0 ? `no FILE given; ${USAGE}` : `one FILE expected, got ${rest.length}; ${USAGE}`);
  const given = (flag: string) => argv.some((a) => a === flag || a.startsWith(`${flag}=`));
  const lang = argValue('--lang', argv) ?? (given('--lang') ? '' : 'ru');
  if (!isLang(lang)) throw new Unreadable(`--lang must be ru or en, not "${lang}"`);
  const region = argValue('--region', argv) ?? (given('--region') ? '' : (process.env.PARKATLAS_REGION ?? 'kuzbass'));
  if (!/^[a-z0-9-]+$/.test(region)) throw new Unreadable(`--region must be a region id such as kuzbass, not "${region}"`);
  return { file: rest[0]!, json: argv.includes('--json'), lang, region };
}

function readOrExplain<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const reason = err.code === 'ENOENT' ? 'no such file' : err.code === 'EISDIR' ? 'it is a directory' : err.message;
    throw new Unreadable(`cannot read ${what}: ${reason}`);
  }
}

async function validateFile(args: Args): Promise<ValidationResult> {
  const dataDir = join(projectRoot, 'data', 'regions', args.region);
  const region = loadRegion((name) => readOrExplain(`region file ${join(dataDir, name)}`, () => readFileSync(join(dataDir, name), 'utf8')));
  if (!region.data) {
    throw new Unreadable(`cannot load region "${args.region}": ${region.problems.map(formatProblem).join('; ')}`);
  }
  const ctx = contextFromRegion(region.data, args.lang);
  const stat = readOrExplain(args.file, () => statSync(args.file));
  if (stat.isDirectory()) throw new Unreadable(`cannot read ${args.file}: it is a directory`);
  // Over the limit: answered from the size alone, the file is never read.
  if (stat.size > (ctx.maxBytes ?? DEFAULT_MAX_BYTES)) return validateProposalText('', ctx, stat.size);
  const bytes = readOrExplain(args.file, () => readFileSync(args.file));
  const ext = extname(args.file).toLowerCase();
  // Converted formats carry numbers as text ("28,5"): typed before validation.
  if (ext === '.kml') return validateProposal(typeTextProperties(kmlToGeoJson(bytes.toString('utf8'), args.file)), ctx);
  if (ext === '.zip') return validateProposal(typeTextProperties(await shapefileToGeoJson(bytes, args.file), { dbf: true }), ctx);
  if (ext === '.kmz' || ext === '.shp') {
    throw new Unreadable(`${args.file}: ${ext === '.kmz' ? 'unzip the .kmz and pass the .kml inside' : 'zip the .shp with its .shx, .dbf and .prj and pass the .zip'}`);
  }
  return validateProposalText(bytes.toString('utf8'), ctx, bytes.length);
}

function kmlToGeoJson(text: string, file: string): unknown {
  let failure: string | undefined;
  const onError = (level: string, msg: string) => {
    if (level !== 'warning') failure ??= msg.split('\n')[0];
  };
  let doc: ReturnType<DOMParser['parseFromString']> | undefined;
  try {
    doc = new DOMParser({ onError }).parseFromString(text, 'text/xml');
  } catch (e) {
    failure ??= (e as Error).message.split('\n')[0];
  }
  if (failure || !doc?.documentElement) throw new Unreadable(`${file}: not a readable KML file (${failure ?? 'no root element'})`);
  // xmldom's Document is structurally what togeojson reads; its types are the DOM's.
  return kml(doc as unknown as Document);
}

async function shapefileToGeoJson(bytes: Buffer, file: string): Promise<unknown> {
  const specifier = 'shpjs'; // untyped package: imported by name, typed at the use
  const shp = ((await import(specifier)) as { default: (b: Buffer) => Promise<unknown> }).default;
  let out: unknown;
  try {
    out = await shp(bytes);
  } catch (e) {
    throw new Unreadable(`${file}: not a readable zipped shapefile (${(e as Error).message})`);
  }
  // Several layers in one zip come back as several collections: validate them as one.
  if (Array.isArray(out)) {
    return { type: 'FeatureCollection', features: out.flatMap((c: { features?: unknown[] }) => c.features ?? []) };
  }
  return out;
}

const TEXT = {
  ru: { valid: 'допустим', invalid: 'недопустим', errors: 'ошибок', warnings: 'предупреждений', error: 'ошибка', warning: 'предупр.', root: '(весь файл)' },
  en: { valid: 'valid', invalid: 'invalid', errors: 'error(s)', warnings: 'warning(s)', error: 'error', warning: 'warning', root: '(whole file)' },
};

function printHuman(file: string, result: ValidationResult, lang: 'ru' | 'en'): void {
  const t = TEXT[lang];
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  const counts = lang === 'ru' ? `${t.errors}: ${errors}, ${t.warnings}: ${warnings}` : `${errors} ${t.errors}, ${warnings} ${t.warnings}`;
  console.log(`${file}: ${result.ok ? t.valid : t.invalid} (${counts})`);
  for (const issue of result.issues) {
    console.log(`  ${(issue.severity === 'error' ? t.error : t.warning).padEnd(9)} ${issue.code}  ${issue.path || t.root}`);
    console.log(`            ${issue.message}`);
  }
}

async function main(): Promise<number> {
  let args: Args;
  let result: ValidationResult;
  try {
    args = parseArgs(process.argv.slice(2));
    result = await validateFile(args);
  } catch (e) {
    if (!(e instanceof Unreadable)) throw e;
    console.error(`validate: ${e.message}`);
    return 2;
  }
  if (args.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else printHuman(args.file, result, args.lang);
  return result.ok ? 0 : 1;
}

// exitCode rather than exit(): a large --json answer on a pipe must be written out in full.
main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`validate: ${(e as Error).message ?? String(e)}`);
    process.exitCode = 2;
  },
);
