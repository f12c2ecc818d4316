// Text put into HTML we write as a string (the embed snippet, the build's pages and pictures):
// data is text, never markup, in an element or a double-quoted attribute alike.
export const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
