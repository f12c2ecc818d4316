// One of the page writer's rasterising threads (rasterise.ts): SVG in, PNG file out.
import { renameSync, writeFileSync } from 'node:fs';
import { threadId, workerData } from 'node:worker_threads';
import { svgDrawer } from './draw-png.mjs';

const { jobs, fonts, defaultFamily } = workerData;
const draw = await svgDrawer(fonts, defaultFamily);
for (const { svg, out, keep } of jobs) {
  const png = draw.png(svg);
  writeFileSync(out, png);
  // Written under a temporary name and renamed: a build stopped mid-write leaves no half picture.
  if (keep) {
    writeFileSync(`${keep}.${threadId}.tmp`, png);
    renameSync(`${keep}.${threadId}.tmp`, keep);
  }
}
