import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The value after a flag (`--region kuzbass` or `--region=kuzbass`), if given. */
export function argValue(flag: string, argv: readonly string[] = process.argv.slice(2)): string | undefined {
  const eq = argv.find((a) => a.startsWith(`${flag}=`));
  if (eq) return eq.slice(flag.length + 1);
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : undefined;
}

/** The region a script works on when no flag names one: PARKATLAS_REGION, else kuzbass. */
export const defaultRegionId = (env: NodeJS.ProcessEnv = process.env): string => env.PARKATLAS_REGION || 'kuzbass';

/** Why `id` cannot be a region id (it becomes a folder name), or undefined when it can. */
export const regionIdProblem = (id: string): string | undefined =>
  /^[a-z0-9-]+$/.test(id) ? undefined : `--region must be a region id such as kuzbass, not "${id}"`;

/** A region's source folder: data/regions/<id>/. */
export const regionSourceDir = (id: string): string => join(projectRoot, 'data', 'regions', id);

/**
 * The region a script works on (`--region`, else PARKATLAS_REGION, else kuzbass), checked: it
 * names the folders read and written, so "../x" must not reach outside data/ and public/data/.
 * A bad one ends the process with exit 2 and a one-line reason.
 */
export function regionIdOrExit(): string {
  const id = argValue('--region') ?? defaultRegionId();
  const problem = regionIdProblem(id);
  if (problem) {
    console.error(problem);
    process.exit(2);
  }
  return id;
}
