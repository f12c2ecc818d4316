// Nesting depth of a JSON text, found by one linear scan before JSON.parse: a body of a million
// "[" must be refused cheaply, not handed to code that walks it recursively.

/** GeoJSON needs ~10 levels (body > proposal > features > feature > geometry > 4 coordinate arrays). */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting in `text`, or the first depth over `limit` (the scan stops there). */
export function jsonDepth(text: string, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return max;
}
