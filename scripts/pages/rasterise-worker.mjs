// One of the page writer's rasterising threads (rasterise.ts): SVG in, PNG file out. Plain
// JavaScript, so the thread starts without a TypeScript loader.
import { renameSync, writeFileSync } from 'node:fs';
import { threadId, workerData } from 'node:worker_threads';
import { Resvg } from '@resvg/resvg-js';

const { jobs, fontFiles } = workerData;
// A batch (rasterise.ts ends the thread after it: that is what frees the pictures' memory).
jobs.forEach(({ svg, out, keep }) => {
  const png = new Resvg(svg, { font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'PT Sans Latin' } }).render().asPng();
  writeFileSync(out, png);
  // Written under a temporary name and renamed: a build stopped mid-write leaves no half picture.
  if (keep) {
    writeFileSync(`${keep}.${threadId}.tmp`, png);
    renameSync(`${keep}.${threadId}.tmp`, keep);
  }
});
