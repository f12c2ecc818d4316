// Talking to the page that embeds us. Outgoing messages go to the host's origin when the
// referrer tells it (else '*': they carry only public site ids); incoming ones are accepted
// only from the parent window and, when known, from the host's origin.
import { originOf, parseHostMessage, type EmbedToHost } from '../../domain/embed-messages';

const embedded = () => window.parent !== window;
const hostOrigin = () => originOf(document.referrer);

export function postToHost(message: EmbedToHost): void {
  if (!embedded()) return;
  window.parent.postMessage(message, hostOrigin() ?? '*');
}

export function listenToHost(onSelect: (siteId: string | null) => void): () => void {
  const handler = (event: MessageEvent) => {
    if (event.source !== window.parent || !embedded()) return;
    const expected = hostOrigin();
    if (expected && event.origin !== expected) return;
    const message = parseHostMessage(event.data);
    if (message) onSelect(message.siteId);
  };
  window.addEventListener('message', handler);
  return () => window.removeEventListener('message', handler);
}
