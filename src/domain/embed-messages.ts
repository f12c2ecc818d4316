// The postMessage contract between an embed and its host page (DESIGN.md "Embed messages").
// Anything a host sends is untrusted: only well-formed messages are understood.

export type EmbedToHost =
  | { type: 'parkatlas:ready' }
  | { type: 'parkatlas:select'; siteId: string | null }
  | { type: 'parkatlas:resize'; height: number };

export type HostToEmbed = { type: 'parkatlas:select'; siteId: string | null };

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function parseHostMessage(data: unknown): HostToEmbed | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, siteId } = data as { type?: unknown; siteId?: unknown };
  if (type !== 'parkatlas:select') return undefined;
  if (siteId === null) return { type, siteId: null };
  return typeof siteId === 'string' && siteId.length <= 100 && ID.test(siteId) ? { type, siteId } : undefined;
}

/** The host's origin from the iframe's referrer; undefined when the browser hides it. */
export function originOf(referrer: string): string | undefined {
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}
