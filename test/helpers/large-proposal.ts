// A large proposal of real GeoJSON (the page test, the receiver test and the upload and receiver
// benchmarks share it): detailed boundaries of 13,000 vertices each, counter-clockwise, inside
// Kuzbass's outline (a grid around Kemerovo and Novokuznetsk, checked against
// context/outline.geojson); 150 of them make ~42 MB.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The FeatureCollection. Self-contained (no imports, no outer names): the page builds it from
 * this function's source (makeLargeProposalInPage), Node calls it directly.
 */
export function largeProposalCollection(features: number) {
  const out = [];
  for (let f = 0; f < features; f++) {
    const [cx, cy] = [86.05 + (f % 15) * 0.085, 54.0 + Math.floor(f / 15) * 0.16];
    const ring: number[][] = [];
    for (let i = 0; i < 13_000; i++) {
      const a = (2 * Math.PI * i) / 13_000;
      ring.push([+(cx + 0.004 * Math.cos(a)).toFixed(6), +(cy + 0.0025 * Math.sin(a)).toFixed(6)]);
    }
    ring.push(ring[0]!);
    out.push({ type: 'Feature', properties: { name: `Участок ${f}` }, geometry: { type: 'Polygon', coordinates: [ring] } });
  }
  return { type: 'FeatureCollection', features: out };
}

/**
 * For page.evaluate: builds the proposal inside the page (not sent over CDP) and leaves the File
 * in window.__largeProposal; the expression's value is the file's size.
 */
export function makeLargeProposalInPage(features: number): string {
  return `(() => {
    const collection = (${largeProposalCollection.toString()})(${features});
    const file = new File([JSON.stringify(collection)], 'large.geojson');
    window.__largeProposal = file;
    return file.size;
  })()`;
}

/** Hands window.__largeProposal to the page's file input, as a user's choice would. */
export function chooseLargeProposal(): void {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  const dt = new DataTransfer();
  dt.items.add((window as unknown as { __largeProposal: File }).__largeProposal);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * A receiver submission (POST body) of `features` large boundaries, each with the passport of
 * good-polygon.geojson under its own name: a proposal the receiver accepts, after all the work.
 */
export function largeSubmissionText(features: number, clientId: string): string {
  const good = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'proposals', 'good-polygon.geojson'), 'utf8'));
  const passport = good.features[0].properties as Record<string, unknown>;
  const proposal = largeProposalCollection(features);
  for (const f of proposal.features) f.properties = { ...passport, name: f.properties.name };
  const submitter = { municipalityId: 'kemerovsky-mo', name: 'Иванова Мария Петровна', email: 'invest@example.ru' };
  return JSON.stringify({ clientId, submitter, proposal });
}
