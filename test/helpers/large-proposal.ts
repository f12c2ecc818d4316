// A ~42 MB proposal built inside the page (the test and the upload benchmark share it): 150
// detailed boundaries of 13,000 vertices each, counter-clockwise, inside Kuzbass's outline (a grid
// around Kemerovo and Novokuznetsk, checked against context/outline.geojson). Self-contained,
// since it runs through page.evaluate; it leaves the File in window.__largeProposal.
export function makeLargeProposal(features: number): number {
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
  const file = new File([JSON.stringify({ type: 'FeatureCollection', features: out })], 'large.geojson');
  (window as unknown as { __largeProposal: File }).__largeProposal = file;
  return file.size;
}

/** Hands window.__largeProposal to the page's file input, as a user's choice would. */
export function chooseLargeProposal(): void {
  const input = document.querySelector<HTMLInputElement>('input[type=file]')!;
  const dt = new DataTransfer();
  dt.items.add((window as unknown as { __largeProposal: File }).__largeProposal);
  input.files = dt.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
