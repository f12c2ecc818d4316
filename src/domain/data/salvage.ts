// A deployed file with one bad value must not take the whole map down. When a collection fails
// its schema, each failing feature loses the values that broke it (deleted, so an optional field
// reads as unknown, never invented); a feature that still fails is left out. Every value and
// feature dropped is reported as a data problem naming the file, the feature and the field.
import type * as z from 'zod';
import { pathToString, type DataProblem } from './format-issues';

export interface Salvaged<F> {
  features: F[];
  dropped: DataProblem[];
}

const idOf = (feature: unknown, index: number) => {
  const id = (feature as { properties?: { id?: unknown } } | null)?.properties?.id;
  return typeof id === 'string' ? id : `#${index}`;
};

/** Deletes the value at `path` inside a deep copy's parent; false when there is none to delete. */
function deleteAt(root: unknown, path: readonly PropertyKey[]): boolean {
  if (path.length === 0) return false;
  let parent = root as Record<PropertyKey, unknown> | null;
  for (const key of path.slice(0, -1)) {
    parent = (parent?.[key as string] as Record<PropertyKey, unknown> | null | undefined) ?? null;
    if (typeof parent !== 'object' || parent === null) return false;
  }
  const last = path[path.length - 1]!;
  if (!parent || !(last in parent)) return false;
  if (Array.isArray(parent)) return false; // never shift a list: its items are facts of their own
  delete parent[last as string];
  return true;
}

const MAX_REPAIRS = 5;

/** The features of `json` that pass `featureSchema`, repaired by dropping bad values where that is enough. */
export function salvageFeatures<S extends z.ZodType>(file: string, json: unknown, featureSchema: S): Salvaged<z.infer<S>> | undefined {
  const list = (json as { type?: unknown; features?: unknown } | null)?.features;
  if ((json as { type?: unknown } | null)?.type !== 'FeatureCollection' || !Array.isArray(list)) return undefined;
  const features: z.infer<S>[] = [];
  const dropped: DataProblem[] = [];
  list.forEach((raw, index) => {
    let candidate: unknown = raw;
    let result = featureSchema.safeParse(candidate);
    const removed: DataProblem[] = [];
    for (let round = 0; !result.success && round < MAX_REPAIRS; round++) {
      candidate = structuredClone(candidate);
      let changed = false;
      for (const issue of result.error.issues) {
        // Only values inside properties are dropped: a broken geometry or id is the feature itself.
        if (issue.path[0] !== 'properties' || issue.path[1] === 'id' || issue.path.length < 2) continue;
        if (deleteAt(candidate, issue.path)) {
          changed = true;
          removed.push({ file, featureId: idOf(raw, index), path: pathToString(issue.path), message: `${issue.message}; not shown` });
        }
      }
      if (!changed) break;
      result = featureSchema.safeParse(candidate);
    }
    if (result.success) {
      features.push(result.data);
      dropped.push(...removed);
    } else {
      const first = result.error.issues[0]!;
      dropped.push({ file, featureId: idOf(raw, index), path: pathToString(first.path) || '(root)', message: `${first.message}; feature left out` });
    }
  });
  return { features, dropped };
}
