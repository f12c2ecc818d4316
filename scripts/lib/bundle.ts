// What each entry of the built app loads before it can draw: the chunks reached through static
// imports from index.html plus the mode's own chunk (main.tsx picks App or EmbedApp at start).
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

export const MODES = {
  full: 'src/app/App.tsx',
  embed: 'src/app/EmbedApp.tsx',
} as const;
export type Mode = keyof typeof MODES;

export function readManifest(distDir: string): Manifest {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
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

export function initialLoad(distDir: string, mode: Mode): InitialLoad {
  const manifest = readManifest(distDir);
  const entry = Object.keys(manifest).find((k) => manifest[k]!.isEntry);
  if (!entry) throw new Error('no entry in the manifest');
  const chunks = staticClosure(manifest, [entry, MODES[mode]]);
  const jsFiles = chunks.map((k) => manifest[k]!.file).filter((f) => f.endsWith('.js'));
  const cssFiles = [...new Set(chunks.flatMap((k) => manifest[k]!.css ?? []))];
  return { chunks, js: measure(distDir, jsFiles), css: measure(distDir, cssFiles) };
}
