// What each entry of the built app loads before it can draw: the chunks reached through static
// imports from index.html plus what main.tsx loads at start (the first map, React, and App or
// EmbedApp), each with its static imports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}
type Manifest = Record<string, ManifestChunk>;

/** Each mode: its HTML entry and the chunks main.tsx loads for it at start (none for the proposal page). */
export const MODES = {
  full: { entry: 'index.html', chunks: ['src/map/early-map.ts', 'src/app/render-app.tsx', 'src/features/investor/investor-root.tsx'] },
  embed: { entry: 'index.html', chunks: ['src/map/early-map.ts', 'src/app/render-app.tsx', 'src/features/embed/embed-app.tsx'] },
  propose: { entry: 'propose.html', chunks: [] },
  /** A plain page, the entry and its static imports: the bytes benchmark's floor build. */
  plain: { entry: 'index.html', chunks: [] },
} as const;
export type Mode = keyof typeof MODES;

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

/**
 * A module that is both imported and loaded on its own may sit in a shared chunk, which the
 * manifest lists by chunk name (`_early-map-<hash>.js`), not by source path.
 */
function chunkKey(manifest: Manifest, src: string): string {
  if (manifest[src]) return src;
  const name = src.split('/').pop()!.replace(/\.tsx?$/, '');
  const key = Object.keys(manifest).find((k) => k.startsWith(`_${name}-`) && k.endsWith('.js'));
  if (!key) throw new Error(`${src} is in no chunk of the manifest`);
  return key;
}

function staticClosure(manifest: Manifest, keys: string[]): string[] {
  const seen = new Set<string>();
  const walk = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const dep of manifest[key]!.imports ?? []) walk(dep);
  };
  keys.forEach(walk);
  return [...seen];
}

export interface InitialLoad {
  /** Manifest keys (source paths or chunk names) loaded before the first screen. */
  chunks: string[];
  js: { files: string[]; bytes: number; gzip: number };
  css: { files: string[]; bytes: number; gzip: number };
}

function measure(distDir: string, files: string[]) {
  let bytes = 0;
  let gzip = 0;
  for (const file of files) {
    const content = readFileSync(join(distDir, file));
    bytes += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files, bytes, gzip };
}

/** Classic scripts the HTML itself loads, which the manifest does not list (none today; counted if one is added). */
function htmlScripts(distDir: string, entry: string, moduleFiles: string[]): string[] {
  const html = readFileSync(join(distDir, entry), 'utf8');
  return [...html.matchAll(/<script[^>]*\ssrc="\.\/([^"]+\.js)"/g)].map((m) => m[1]!).filter((f) => !moduleFiles.includes(f));
}

export function initialLoad(distDir: string, mode: Mode): InitialLoad {
  const manifest = readManifest(distDir);
  const { entry, chunks: started } = MODES[mode];
  if (!manifest[entry]?.isEntry) throw new Error(`${entry} is not an entry in the manifest`);
  const chunks = staticClosure(manifest, [entry, ...started.map((src) => chunkKey(manifest, src))]);
  const moduleFiles = chunks.map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
  const jsFiles = [...moduleFiles, ...htmlScripts(distDir, entry, moduleFiles)];
  const cssFiles = [...new Set(chunks.flatMap((k) => manifest[k]!.css ?? []))];
  return { chunks, js: measure(distDir, jsFiles), css: measure(distDir, cssFiles) };
}
