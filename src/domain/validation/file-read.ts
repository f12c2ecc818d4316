// How reading the file enters the validation result: a file converted from another encoding says
// so in a warning (names may need a look), a file that is no text we read gets one error (never
// mojibake), and a file that is another format under a GeoJSON name says what it looks like.
import type { ValidationResult } from './codes';

/** The result with a warning first that the file was converted from `encoding` (a no-op for UTF-8). */
export function withEncodingNotice(result: ValidationResult, encoding: string): ValidationResult {
  if (encoding === 'utf-8') return result;
  return { ...result, issues: [{ code: 'encoding_converted', severity: 'warning', path: '', params: { encoding } }, ...result.issues] };
}

/** The answer for bytes that are not text in any encoding we read. */
export const unreadableEncoding = (offset: number): ValidationResult => ({
  ok: false,
  issues: [{ code: 'unreadable_encoding', severity: 'error', path: '', params: { offset } }],
});

/** What a file under the wrong name turns out to be, by its first bytes. */
export type LooksLike = 'zip' | 'kml' | 'gzip';

export const misnamedFile = (looks: LooksLike): ValidationResult => ({
  ok: false,
  issues: [{ code: 'not_geojson', severity: 'error', path: '', params: { what: `looks_${looks}` } }],
});
