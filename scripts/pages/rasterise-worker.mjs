// One of the page writer's rasterising threads (rasterise.ts): SVG in, PNG file out. Plain
// JavaScript, so the thread starts without a TypeScript loader.
import { writeFileSync } from 'node:fs';
import { workerData, parentPort } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

const { jobs, fontFiles } = workerData;
for (const { svg, out } of jobs) {
  const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'PT Sans Latin' } }).render().asPng();
  writeFileSync(out, png);
}
parentPort.postMessage(jobs.length);
