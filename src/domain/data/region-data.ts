// Reading and validating one region's files, shared by the data build, the CLI and the tests.
// File I/O stays with the caller: this module only gets the parsed JSON text per file.
import type * as z from 'zod';
import { InfraCollection } from '../schema/infrastructure';
import { MunicipalityCollection } from '../schema/municipality';
import { RegionConfig } from '../schema/region';
import { SiteCollection } from '../schema/site';
import { problemsFromZod, type DataProblem } from './format-issues';
import { ContextCollection, OutlineCollection, type RegionOutline } from '../schema/context';
import { CONTEXT_FILES } from './context-files';

export interface RegionData {
  region: RegionConfig;
  sites: SiteCollection;
  infrastructure: InfraCollection;
  municipalities: MunicipalityCollection;
  /** The region's outline, where its context layers were imported (region.json `context`). */
  outline?: RegionOutline;
  /** Every context layer as imported, checked, by file name (CONTEXT_FILES). */
  context?: Record<string, unknown>;
}

export type ReadFile = (name: string) => string;

function parseFile<S extends z.ZodType>(
  file: string,
  read: ReadFile,
  schema: S,
  problems: DataProblem[],
): z.infer<S> | undefined {
  let json: unknown;
  try {
    json = JSON.parse(read(file));
  } catch (e) {
    problems.push({ file, path: '(file)', message: `cannot read as JSON: ${(e as Error).message}` });
    return undefined;
  }
  const result = schema.safeParse(json);
  if (!result.success) {
    problems.push(...problemsFromZod(file, json, result.error));
    return undefined;
  }
  return result.data;
}

/** Every problem of every file at once, or the validated data. */
export function loadRegion(read: ReadFile): { data?: RegionData; problems: DataProblem[] } {
  const problems: DataProblem[] = [];
  const region = parseFile('region.json', read, RegionConfig, problems);
  if (!region) return { problems };
  const sites = parseFile(region.files.sites, read, SiteCollection, problems);
  const infrastructure = parseFile(region.files.infrastructure, read, InfraCollection, problems);
  const municipalities = parseFile(region.files.municipalities, read, MunicipalityCollection, problems);
  let outline: RegionOutline | undefined;
  let context: Record<string, unknown> | undefined;
  if (region.context) {
    // Imported by a maintainer (npm run import:context) and committed; a region without context has none.
    context = {};
    for (const name of Object.values(CONTEXT_FILES)) {
      let text: string;
      try {
        text = read(name);
      } catch {
        problems.push({ file: name, path: '(file)', message: 'missing: region.json names a context; run `npm run import:context` and commit its files' });
        continue;
      }
      const parsed = parseFile(name, () => text, name === CONTEXT_FILES.outline ? OutlineCollection : ContextCollection, problems);
      if (parsed) context[name] = parsed;
    }
    outline = (context[CONTEXT_FILES.outline] as { features: { geometry: RegionOutline }[] } | undefined)?.features[0]?.geometry;
    if (Object.keys(context).length < Object.keys(CONTEXT_FILES).length) return { problems };
  }
  if (!sites || !infrastructure || !municipalities) return { problems };
  return { data: { region, sites, infrastructure, municipalities, ...(outline ? { outline, context } : {}) }, problems };
}
