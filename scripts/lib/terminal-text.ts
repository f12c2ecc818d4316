// Text from outside (a submitter's name, a file's content) printed to a moderator's terminal.
// Control characters (ESC sequences clear the screen, retitle the window, forge hyperlinks) and
// BiDi controls (U+202E makes "gpj.exe" read "exe.jpg") would act instead of showing: each is
// shown as its code, e.g. "\u001b". The stored record stays verbatim; only what is printed changes.

/** C0 and C1 controls, DEL, and the BiDi marks, embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ACTIVE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NOT_ESCAPED_BY_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const code = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** One line of text, safe to print: every control and BiDi character as its code (a tab and a newline too). */
export function forTerminal(text: string): string {
  return text.replace(ACTIVE, code);
}

/** JSON for a terminal: the same document (JSON reads `\u202e` back as the character), inert on screen. */
export function jsonForTerminal(value: unknown, indent = 2): string {
  // JSON.stringify escapes C0 inside strings (a raw newline is only its layout); C1 and BiDi it leaves raw.
  return JSON.stringify(value, null, indent).replace(NOT_ESCAPED_BY_JSON, code);
}
