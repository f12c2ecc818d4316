// MapLibre 6 ships its worker as a separate ESM file; Vite must hand its URL over explicitly or
// the map never fires `load` ("Worker failed to load"). `?worker&url` keeps the worker's own
// imports resolvable (see PITFALLS.md).
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';

let done = false;
export function setUpMapLibre(): void {
  if (done) return;
  setWorkerUrl(workerUrl);
  done = true;
}
