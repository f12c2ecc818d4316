// Several sites are known only to the town (e.g. five in Kemerovo): drawn at the same point they
// hide each other and only the top one can be clicked. We fan such markers out on a small ring
// around the centre. Only the drawn position moves; the data and every distance keep the centre.
import type { LonLat } from './site-metrics';

const KM_PER_DEG_LAT = 111.32;

export function fanOutColocated(points: readonly LonLat[], radiusKm = 2.5): LonLat[] {
  const groups = new Map<string, number[]>();
  points.forEach((p, i) => {
    const key = `${p[0].toFixed(5)},${p[1].toFixed(5)}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out = points.map((p) => [p[0], p[1]] as LonLat);
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    members.forEach((index, k) => {
      const [lon, lat] = points[index]!;
      const angle = (2 * Math.PI * k) / members.length - Math.PI / 2;
      const dLat = (radiusKm * Math.sin(angle)) / KM_PER_DEG_LAT;
      const dLon = (radiusKm * Math.cos(angle)) / (KM_PER_DEG_LAT * Math.cos((lat * Math.PI) / 180));
      out[index] = [Math.round((lon + dLon) * 1e6) / 1e6, Math.round((lat + dLat) * 1e6) / 1e6];
    });
  }
  return out;
}
