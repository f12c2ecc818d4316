// The link-preview pictures' rasteriser: resvg compiled to WebAssembly. Its native build for Node
// (resvg-js) kept every picture's pixels until its thread ended and had the kernel fault 3 MB of
// fresh pages in for each one (30% of a cold 2,000-site build); here memory is the module's own,
// reused, and freed when asked. Plain JavaScript: the rasterising threads start without a loader.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

// The package exports its WebAssembly file, not its package.json: both are found from there.
const WASM = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
let ready;

/**
 * Draws SVG with these fonts (TrueType files' bytes; no system font is read) and this family
 * where the SVG names none.
 */
export async function svgDrawer(fontBuffers, defaultFontFamily) {
  ready ??= initWasm(readFileSync(WASM));
  await ready;
  const draw = (svg, read) => {
    const resvg = new Resvg(svg, { font: { fontBuffers, loadSystemFonts: false, defaultFontFamily } });
    try {
      const image = resvg.render();
      try {
        return read(image);
      } finally {
        image.free();
      }
    } finally {
      resvg.free();
    }
  };
  return {
    png: (svg) => draw(svg, (image) => image.asPng()),
    /** RGBA, premultiplied, row by row. */
    pixels: (svg) => draw(svg, (image) => image.pixels),
  };
}

/** The version of resvg that draws: a picture drawn by another is drawn again. */
export const resvgVersion = () => JSON.parse(readFileSync(join(dirname(WASM), 'package.json'), 'utf8')).version;
