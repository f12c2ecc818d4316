// `npm run validate -- FILE [--json] [--lang ru|en] [--region kuzbass]`: checks a proposed site
// file with the same validator as the submission page and the receiver (src/domain/validation).
// Exit 0 valid (warnings allowed), 1 invalid, 2 unreadable file or bad arguments (DESIGN.md).
//
// GeoJSON/JSON is read as text; .kml is converted with @tmcw/togeojson (DOM from @xmldom/xmldom);
// .zip (a zipped shapefile) with shpjs, which runs in Node and reprojects by the .prj if present;
// the DBF's 10-character column names ("municipali") are mapped back to the passport's fields.
import { VALIDATE_CLI_TEXT, issueCounts } from '../src/i18n/tool-messages';
import { describeResult, type DescribedResult } from '../src/i18n/issue-message';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ConversionError, convertProposalFile } from '../src/convert/proposal-file';
import { loadRegion } from '../src/domain/data/region-data';
import { formatProblem } from '../src/domain/data/format-issues';
import {
  contextFromRegion,
  validateProposal,
  validateProposalText,
  misnamedFile,
  unreadableEncoding,
  withEncodingNotice,
  type ValidationResult,
} from '../src/domain/validation';
import { DEFAULT_MAX_BYTES } from '../src/domain/validation/codes';
import { isLang, type Lang } from '../src/i18n/lang';
import { argValue, defaultRegionId, regionIdProblem, regionSourceDir } from './lib/cli';
import { readBounded } from './lib/read-bounded';
import { forTerminal, jsonForTerminal } from './lib/terminal-text';

const USAGE = 'usage: npm run validate -- FILE [--json] [--lang ru|en] [--region kuzbass] [--timeout S]';

/** Exit 2 with a one-line reason. */
class Unreadable extends Error {}

interface Args {
  file: string;
  json: boolean;
  lang: Lang;
  region: string;
  /** Seconds a read may bring nothing before it stops. */
  timeoutS: number;
}

function parseArgs(argv: readonly string[]): Args {
  const withValue = new Set(['--lang', '--region', '--timeout']);
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
  const region = argValue('--region', argv) ?? (given('--region') ? '' : defaultRegionId());
  const badRegion = regionIdProblem(region);
  if (badRegion) throw new Unreadable(badRegion);
  const timeout = argValue('--timeout', argv) ?? (given('--timeout') ? '' : '10');
  const timeoutS = Number(timeout);
  if (!(timeoutS > 0 && timeoutS <= 3600)) throw new Unreadable(`--timeout must be a number of seconds (1 to 3600), not "${timeout}"`);
  return { file: rest[0]!, json: argv.includes('--json'), lang, region, timeoutS };
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
  const dataDir = regionSourceDir(args.region);
  const region = loadRegion((name) => readOrExplain(`region file ${join(dataDir, name)}`, () => readFileSync(join(dataDir, name), 'utf8')));
  if (!region.data) {
    throw new Unreadable(`cannot load region "${args.region}": ${region.problems.map(formatProblem).join('; ')}`);
  }
  const ctx = contextFromRegion(region.data);
  const stat = readOrExplain(args.file, () => statSync(args.file));
  if (stat.isDirectory()) throw new Unreadable(`cannot read ${args.file}: it is a directory`);
  const max = ctx.maxBytes ?? DEFAULT_MAX_BYTES;
  // Over the limit: answered from the size alone, the file is never read.
  if (stat.size > max) return validateProposalText('', ctx, stat.size);
  // /dev/zero and pipes report size 0: the limit also holds while reading, and a stall ends it.
  let read;
  try {
    read = await readBounded(args.file, max, args.timeoutS * 1000);
  } catch (e) {
    return readOrExplain(args.file, () => {
      throw e;
    });
  }
  if ('tooLarge' in read) return validateProposalText('', ctx, read.tooLarge);
  if ('stalled' in read) throw new Unreadable(`cannot read ${args.file}: no data for ${args.timeoutS} s (a pipe with no writer?); see --timeout`);
  const bytes = read.bytes;
  let converted;
  try {
    converted = await convertProposalFile(args.file, bytes);
  } catch (e) {
    if (e instanceof ConversionError) throw new Unreadable(e.message);
    throw e;
  }
  if (converted.kind === 'undecodable') return unreadableEncoding(converted.offset);
  if (converted.kind === 'misnamed') return misnamedFile(converted.looks);
  if (converted.kind === 'geojson') return withEncodingNotice(validateProposal(converted.value, ctx), converted.encoding ?? 'utf-8');
  return withEncodingNotice(validateProposalText(converted.text, ctx, bytes.length), converted.encoding);
}

function printHuman(file: string, result: DescribedResult, lang: Lang): void {
  const t = VALIDATE_CLI_TEXT[lang];
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const counts = issueCounts(lang, errors, result.issues.length - errors);
  // Messages quote the file ("near «…»"): printed as text, never as terminal commands.
  console.log(`${forTerminal(file)}: ${result.ok ? t.valid : t.invalid} (${counts})`);
  for (const issue of result.issues) {
    console.log(`  ${(issue.severity === 'error' ? t.error : t.warning).padEnd(9)} ${issue.code}  ${forTerminal(issue.path) || t.root}`);
    console.log(`            ${forTerminal(issue.message ?? '')}`);
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
    console.error(`validate: ${forTerminal(e.message)}`);
    return 2;
  }
  const described = describeResult(result, args.lang);
  if (args.json) process.stdout.write(`${jsonForTerminal(described)}\n`);
  else printHuman(args.file, described, args.lang);
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
