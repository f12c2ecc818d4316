// How a file's text encoding enters the validation result: a file we converted says so in a
// warning (names may need a look), a file that is no text we read gets one error, not mojibake.
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
