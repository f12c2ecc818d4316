// Collects issues (code, path, params: no words; src/i18n renders them), up to a bounded number.
import { LIMITS, WARNING_CODES, type IssueCode, type IssueParams, type ValidationIssue } from './codes';

export type Bbox = [number, number, number, number];
export type LonLat = [number, number];

export interface IssueExtra {
  location?: LonLat | undefined;
  bbox?: Bbox | undefined;
}

export class IssueList {
  readonly issues: ValidationIssue[] = [];
  private errors = 0;

  add(code: IssueCode, path: string, params?: IssueParams, extra?: IssueExtra): void {
    const severity = WARNING_CODES.has(code) ? 'warning' : 'error';
    if (severity === 'error') this.errors++;
    // Past the cap only the verdict is kept: errors still make the result invalid.
    if (this.issues.length >= LIMITS.issues) return;
    const issue: ValidationIssue = { code, severity, path };
    if (extra?.location && extra.location.every(Number.isFinite)) issue.location = extra.location;
    if (extra?.bbox && extra.bbox.every(Number.isFinite)) issue.bbox = extra.bbox;
    if (params && Object.keys(params).length > 0) issue.params = params;
    this.issues.push(issue);
  }

  get hasErrors(): boolean {
    return this.errors > 0;
  }
}

/**
 * A name as params: `{ region: 'Кузбасс', regionEn: 'Kuzbass' }`. The renderer of each language
 * picks its own (src/i18n/validation-messages.ts); the domain never chooses a language.
 */
export function nameParams(key: string, name: { ru: string; en?: string | undefined }): IssueParams {
  return name.en ? { [key]: name.ru, [`${key}En`]: name.en } : { [key]: name.ru };
}

/** `features[2].geometry.coordinates[0][5]` from a base and steps. */
export function joinPath(base: string, ...steps: (string | number)[]): string {
  let out = base;
  for (const s of steps) out += typeof s === 'number' ? `[${s}]` : out === '' ? s : `.${s}`;
  return out;
}

/** A short, printable description of any value (for params; never the whole value). */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'string') return v.length > 40 ? `${v.slice(0, 40)}…` : v;
  return typeof v;
}

export function round6(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
