// Reading and validating one region's files, shared by the data build, the CLI and the tests.
// File I/O stays with the caller: this module only gets the parsed JSON text per file.
import type * as z from 'zod';
import { InfraCollection } from '../schema/infrastructure';
import { MunicipalityCollection } from '../schema/municipality';
import { RegionConfig } from '../schema/region';
import { SiteCollection } from '../schema/site';
import { problemsFromZod, type DataProblem } from './format-issues';

export interface RegionData {
  region: RegionConfig;
  sites: SiteCollection;
  infrastructure: InfraCollection;
  municipalities: MunicipalityCollection;
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
  if (!sites || !infrastructure || !municipalities) return { problems };
  return { data: { region, sites, infrastructure, municipalities }, problems };
}
