// Reading the text of an uploaded file: its size before anything else, then JSON with the line
// and column of the first error. Engines word (and place) JSON.parse errors differently (V8 in
// Node 20 often gives no position at all), so the position comes from our own scan.

/** UTF-8 size of a string without encoding it (a 50 MB copy just to count would be waste). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export type JsonText =
  | { ok: true; value: unknown }
  | { ok: false; empty: true }
  | { ok: false; empty: false; line?: number; column?: number; near?: string };

export function parseJsonText(text: string): JsonText {
  // A UTF-8 byte order mark (Windows tools write one) is not JSON, but it is not an error either.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, empty: true };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const offset = jsonErrorOffset(body);
    if (offset < 0) return { ok: false, empty: false };
    const before = body.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    const near = body.slice(Math.max(0, offset - 15), offset + 15).replace(/\s+/g, ' ').trim();
    return { ok: false, empty: false, line, column, ...(near ? { near } : {}) };
  }
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

/**
 * Offset of the first character that makes `s` invalid JSON (s.length for a premature end), or
 * -1 when the scan finds none. Iterative, so deep nesting cannot overflow the stack.
 */
export function jsonErrorOffset(s: string): number {
  const stack: number[] = []; // 0x7b '{' or 0x5b '['
  let i = 0;
  const skipWs = () => {
    while (i < s.length && WS.has(s.charCodeAt(i))) i++;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = s.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) {
            if (!isHex(s.charCodeAt(i + k))) {
              i += k;
              return false;
            }
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(s[i + 1] ?? 'x')) i += 2;
        else {
          i += 1;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    if (s.charCodeAt(i) === 0x2d) i++;
    if (s.charCodeAt(i) === 0x30) i++;
    else if (isDigit(s.charCodeAt(i))) while (isDigit(s.charCodeAt(i))) i++;
    else return false;
    if (s.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(s.charCodeAt(i))) return false;
      while (isDigit(s.charCodeAt(i))) i++;
    }
    if (s.charCodeAt(i) === 0x65 || s.charCodeAt(i) === 0x45) {
      i++;
      if (s.charCodeAt(i) === 0x2b || s.charCodeAt(i) === 0x2d) i++;
      if (!isDigit(s.charCodeAt(i))) return false;
      while (isDigit(s.charCodeAt(i))) i++;
    }
    return true;
  };
  const key = (): boolean => {
    skipWs();
    if (s.charCodeAt(i) !== 0x22 || !string()) return false;
    skipWs();
    if (s.charCodeAt(i) !== 0x3a) return false;
    i++;
    return true;
  };

  for (;;) {
    // expect a value
    skipWs();
    const c = s.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      i++;
      skipWs();
      if (s.charCodeAt(i) === c + 2) i++; // '}' is '{' + 2, ']' is '[' + 2
      else {
        stack.push(c);
        if (c === 0x7b && !key()) return i;
        continue;
      }
    } else if (c === 0x22) {
      if (!string()) return i;
    } else if (c === 0x2d || isDigit(c)) {
      if (!number()) return i;
    } else {
      const word = ['true', 'false', 'null'].find((w) => s.startsWith(w, i));
      if (!word) return i;
      i += word.length;
    }
    // after a value: close containers, or expect the next item
    for (;;) {
      skipWs();
      const open = stack[stack.length - 1];
      if (open === undefined) return i < s.length ? i : -1;
      const d = s.charCodeAt(i);
      if (d === open + 2) {
        stack.pop();
        i++;
        continue;
      }
      if (d !== 0x2c) return i;
      i++;
      if (open === 0x7b && !key()) return i;
      break;
    }
  }
}
