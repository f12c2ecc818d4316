// Turns zod issues on a data file into messages that name the file, the feature, the field and
// the rule broken, e.g. `sites.geojson: feature "tor-yurga": properties.land.totalAreaHa.value: expected number`.
import type * as z from 'zod';

export interface DataProblem {
  file: string;
  featureId?: string;
  path: string;
  message: string;
}

function featureIdAt(data: unknown, path: readonly PropertyKey[]): string | undefined {
  if (path[0] !== 'features' || typeof path[1] !== 'number') return undefined;
  const features = (data as { features?: unknown[] } | null)?.features;
  const feature = Array.isArray(features) ? features[path[1]] : undefined;
  const id = (feature as { properties?: { id?: unknown } } | undefined)?.properties?.id;
  return typeof id === 'string' ? id : `#${path[1]}`;
}

export function pathToString(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('');
}

export function problemsFromZod(file: string, data: unknown, error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => {
    const inFeature = issue.path[0] === 'features' && typeof issue.path[1] === 'number';
    const featureId = featureIdAt(data, issue.path);
    return {
      file,
      ...(featureId ? { featureId } : {}),
      path: pathToString(inFeature ? issue.path.slice(2) : issue.path) || '(root)',
      message: issue.message,
    };
  });
}

export function formatProblem(p: DataProblem): string {
  return `${p.file}: ${p.featureId ? `feature "${p.featureId}": ` : ''}${p.path}: ${p.message}`;
}
