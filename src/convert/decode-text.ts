// A proposal file's bytes as text, whatever Russian desktop GIS and spreadsheets saved it in.
// UTF-8 (with or without a BOM) is read as it is; UTF-16 (by its BOM, or by its zero bytes) and
// Windows-1251 (bytes that are not UTF-8 but read as Russian text in it) are converted, and the
// caller says so; anything else is refused, never read into «������».

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export type DecodedText =
  | { ok: true; text: string; encoding: TextEncoding }
  /** Not text in any encoding we read: `offset` is the first byte that is not UTF-8. */
  | { ok: false; offset: number };

const decode = (encoding: TextEncoding, bytes: Uint8Array, fatal = false) => new TextDecoder(encoding, { fatal }).decode(bytes);

/** UTF-16 without a BOM: ASCII-heavy text (JSON, XML) has a zero in every other byte. */
function utf16ByZeros(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** The first byte that does not start or continue a UTF-8 sequence (for the message). */
function firstBadUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += len;
  }
  return i;
}

/** Text in Windows-1251 reads as Cyrillic: most bytes above 0x7F are its letters (0xA8, 0xB8, 0xC0–0xFF). */
function looksLikeCp1251(bytes: Uint8Array): boolean {
  let high = 0;
  let letters = 0;
  for (const b of bytes) {
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc0 || b === 0xa8 || b === 0xb8) letters++;
  }
  return high > 0 && letters / high >= 0.7;
}

/**
 * The text of a file. `declared` is an encoding the file names itself (an XML declaration);
 * a declaration of one we read wins over detection.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      return { ok: true, text: decode('utf-8', bytes.subarray(3), true), encoding: 'utf-8' };
    } catch {
      return { ok: false, offset: 3 + firstBadUtf8(bytes.subarray(3)) };
    }
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: decode('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: decode('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  const named = declared?.trim().toLowerCase();
  if (named === 'windows-1251' || named === 'cp1251') return { ok: true, text: decode('windows-1251', bytes), encoding: 'windows-1251' };
  const sixteen = utf16ByZeros(bytes);
  if (sixteen) return { ok: true, text: decode(sixteen, bytes), encoding: sixteen };
  try {
    return { ok: true, text: decode('utf-8', bytes, true), encoding: 'utf-8' };
  } catch {
    if (looksLikeCp1251(bytes)) return { ok: true, text: decode('windows-1251', bytes), encoding: 'windows-1251' };
    return { ok: false, offset: firstBadUtf8(bytes) };
  }
}

/** The encoding an XML file declares in its first line (`<?xml … encoding="windows-1251"?>`). */
export function xmlDeclaredEncoding(bytes: Uint8Array): string | undefined {
  const head = String.fromCharCode(...bytes.subarray(0, 200));
  return /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9_-]+)["']/.exec(head)?.[1];
}
