// One of the page writer's rasterising threads (rasterise.ts): SVG in, PNG file out. Plain
// JavaScript, so the thread starts without a TypeScript loader.
import { writeFileSync } from 'node:fs';
import { workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

const { jobs, fontFiles } = workerData;
// A batch (rasterise.ts ends the thread after it: that is what frees the pictures' memory).
jobs.forEach(({ svg, out }) => {
  const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'PT Sans Latin' } }).render().asPng();
  writeFileSync(out, png);
});
