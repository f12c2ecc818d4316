// Big regions serve context layers as PMTiles (one static file, read by range requests). The
// reader is loaded only for such a region: Kuzbass and the embed never download it.
import { addProtocol } from 'maplibre-gl';

let registered: Promise<void> | undefined;

export function registerPmtilesProtocol(): Promise<void> {
  registered ??= import('pmtiles').then(
    ({ Protocol }) => addProtocol('pmtiles', new Protocol().tile),
    (e: unknown) => {
      // A failed download (a deploy replaced the chunk, the network dropped) is retried next time.
      registered = undefined;
      throw e;
    },
  );
  return registered;
}

/** The style URL of a .pmtiles file served beside the region's other files. */
export function pmtilesUrl(file: string, dataUrl: URL): string {
  return `pmtiles://${new URL(file, dataUrl).href}`;
}
