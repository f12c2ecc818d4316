// Point-to-segment and point-to-point distances that reproduce Turf 7.4 bit for bit.
//
// `turf.pointToLineDistance` defaults to `method: "geodesic"` in Turf 7: per segment it calls
// `nearestPointOnLine` (great-circle projection on unit vectors, then haversine to the
// projected point, in "degrees") and converts degrees -> km at the end. We repeat the same
// floating-point operations in the same order, so an indexed search picks exactly the segment
// and the distance the naive Turf loop picks. Differences: the segment's unit vectors and its
// axis are computed once at build time (the same values Turf recomputes on every call), and no
// GeoJSON objects are allocated. See node_modules/@turf/nearest-point-on-line/dist/esm/index.js.

/** Turf's `earthRadius` in km (helpers: 6371008.8 m). */
export const EARTH_RADIUS_KM = 6371.0088;
/** Turf's `factors.degrees`. */
const DEGREES_FACTOR = 360 / (2 * Math.PI);

/** Turf's `degreesToRadians`, same operation order. */
export function degToRad(degrees: number): number {
  return ((degrees % 360) * Math.PI) / 180;
}

/** Turf's `radiansToDegrees`, same operation order. */
export function radToDeg(radians: number): number {
  return ((radians % (2 * Math.PI)) * 180) / Math.PI;
}

/** Central angle (radians) between two lon/lat positions, as `turf.distance` computes it. */
export function haversineAngle(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = degToRad(lat2 - lat1);
  const dLon = degToRad(lon2 - lon1);
  const phi1 = degToRad(lat1);
  const phi2 = degToRad(lat2);
  const a =
    Math.pow(Math.sin(dLat / 2), 2) + Math.pow(Math.sin(dLon / 2), 2) * Math.cos(phi1) * Math.cos(phi2);
  return 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
}

/** `turf.distance(from, to)` in km (from = the site, to = the feature, as the naive loop calls it). */
export function pointKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  return haversineAngle(lon1, lat1, lon2, lat2) * EARTH_RADIUS_KM;
}

/** Turf's degree-unit distance converted to km the way `convertLength(d, "degrees", "km")` does. */
function degreesToKm(angle: number): number {
  return ((angle * DEGREES_FACTOR) / DEGREES_FACTOR) * EARTH_RADIUS_KM;
}

/** Unit vector of a lon/lat position (Turf's `lngLatToVector`), written into `out` at `o`. */
export function toVector(lon: number, lat: number, out: Float64Array, o: number): void {
  const phi = degToRad(lat);
  const lambda = degToRad(lon);
  out[o] = Math.cos(phi) * Math.cos(lambda);
  out[o + 1] = Math.cos(phi) * Math.sin(lambda);
  out[o + 2] = Math.sin(phi);
}

/**
 * Per-segment constants: A and B as lon/lat and unit vectors, the great-circle axis A×B and
 * its normalised form. Layout per segment (stride SEG_STRIDE):
 * [lonA, latA, lonB, latB, Ax, Ay, Az, Bx, By, Bz, Sx, Sy, Sz, Nx, Ny, Nz]
 */
export const SEG_STRIDE = 16;

export function writeSegment(out: Float64Array, o: number, a: readonly number[], b: readonly number[]): void {
  const lonA = a[0] ?? NaN;
  const latA = a[1] ?? NaN;
  const lonB = b[0] ?? NaN;
  const latB = b[1] ?? NaN;
  out[o] = lonA;
  out[o + 1] = latA;
  out[o + 2] = lonB;
  out[o + 3] = latB;
  toVector(lonA, latA, out, o + 4);
  toVector(lonB, latB, out, o + 7);
  const ax = out[o + 4]!, ay = out[o + 5]!, az = out[o + 6]!;
  const bx = out[o + 7]!, by = out[o + 8]!, bz = out[o + 9]!;
  const sx = ay * bz - az * by;
  const sy = az * bx - ax * bz;
  const sz = ax * by - ay * bx;
  out[o + 10] = sx;
  out[o + 11] = sy;
  out[o + 12] = sz;
  const mag = Math.sqrt(Math.pow(sx, 2) + Math.pow(sy, 2) + Math.pow(sz, 2));
  out[o + 13] = sx / mag;
  out[o + 14] = sy / mag;
  out[o + 15] = sz / mag;
}

/**
 * Distance in km from the site (lon, lat, unit vector cx, cy, cz) to segment `o` of `seg`,
 * identical to one step of `turf.pointToLineDistance(pt, line)` (default geodesic method).
 */
export function segmentKm(
  seg: Float64Array,
  o: number,
  lon: number,
  lat: number,
  cx: number,
  cy: number,
  cz: number,
): number {
  const lonA = seg[o]!, latA = seg[o + 1]!, lonB = seg[o + 2]!, latB = seg[o + 3]!;
  // Turf checks the stop position first, then the start; either gives distance 0.
  if ((lonB === lon && latB === lat) || (lonA === lon && latA === lat)) return 0;
  const ax = seg[o + 4]!, ay = seg[o + 5]!, az = seg[o + 6]!;
  const bx = seg[o + 7]!, by = seg[o + 8]!, bz = seg[o + 9]!;
  const sx = seg[o + 10]!, sy = seg[o + 11]!, sz = seg[o + 12]!;
  let pLon: number;
  let pLat: number;
  if (sx === 0 && sy === 0 && sz === 0) {
    // Degenerate segment (A = B, or antipodal): Turf answers B, or the site itself.
    if (ax * bx + ay * by + az * bz > 0) return degreesToKm(haversineAngle(lon, lat, lonB, latB));
    return degreesToKm(haversineAngle(lon, lat, lon, lat));
  }
  const tx = sy * cz - sz * cy;
  const ty = sz * cx - sx * cz;
  const tz = sx * cy - sy * cx;
  if (tx === 0 && ty === 0 && tz === 0) {
    pLon = lonB;
    pLat = latB;
  } else {
    const ix0 = ty * sz - tz * sy;
    const iy0 = tz * sx - tx * sz;
    const iz0 = tx * sy - ty * sx;
    const mag = Math.sqrt(Math.pow(ix0, 2) + Math.pow(iy0, 2) + Math.pow(iz0, 2));
    let ix = ix0 / mag, iy = iy0 / mag, iz = iz0 / mag;
    const d1 = cx * ix + cy * iy + cz * iz;
    const d2 = cx * -ix + cy * -iy + cz * -iz;
    if (!(d1 > d2)) {
      ix = -ix;
      iy = -iy;
      iz = -iz;
    }
    const nx = seg[o + 13]!, ny = seg[o + 14]!, nz = seg[o + 15]!;
    // dot(cross(A, I), N) and dot(cross(I, B), N)
    const cmpAI = (ay * iz - az * iy) * nx + (az * ix - ax * iz) * ny + (ax * iy - ay * ix) * nz;
    const cmpIB = (iy * bz - iz * by) * nx + (iz * bx - ix * bz) * ny + (ix * by - iy * bx) * nz;
    if (cmpAI >= 0 && cmpIB >= 0) {
      const zClamp = Math.min(Math.max(iz, -1), 1);
      pLat = radToDeg(Math.asin(zClamp));
      pLon = radToDeg(Math.atan2(iy, ix));
    } else if (ax * cx + ay * cy + az * cz > bx * cx + by * cy + bz * cz) {
      pLon = lonA;
      pLat = latA;
    } else {
      pLon = lonB;
      pLat = latB;
    }
  }
  return degreesToKm(haversineAngle(lon, lat, pLon, pLat));
}

/**
 * Latitude range (degrees) of the great-circle arc of segment `o`: the endpoints' range,
 * widened to the circle's vertex when the vertex lies on the arc. An east-west segment at 56°N
 * bulges poleward between its endpoints (~2.8 km over 5° of longitude); a box built from the
 * endpoints alone would let the search miss it.
 */
export function segmentLatRange(seg: Float64Array, o: number): [min: number, max: number] {
  const latA = seg[o + 1]!, latB = seg[o + 3]!;
  let min = Math.min(latA, latB);
  let max = Math.max(latA, latB);
  const nx = seg[o + 13]!, ny = seg[o + 14]!, nz = seg[o + 15]!;
  const h = Math.sqrt(nx * nx + ny * ny); // cos of the circle's inclination = sin(vertex lat)
  if (!(h > 0)) return [min, max]; // degenerate segment or the equator itself
  const ax = seg[o + 4]!, ay = seg[o + 5]!, az = seg[o + 6]!;
  const bx = seg[o + 7]!, by = seg[o + 8]!, bz = seg[o + 9]!;
  // Northern vertex v = (z - nz·n) / |…|; the southern one is -v.
  const vx = (-nz * nx) / h, vy = (-nz * ny) / h, vz = h;
  for (const s of [1, -1]) {
    const x = s * vx, y = s * vy, z = s * vz;
    const onAI = (ay * z - az * y) * nx + (az * x - ax * z) * ny + (ax * y - ay * x) * nz;
    const onIB = (y * bz - z * by) * nx + (z * bx - x * bz) * ny + (x * by - y * bx) * nz;
    if (onAI >= 0 && onIB >= 0) {
      const vLat = (Math.asin(Math.min(1, Math.max(-1, z))) * 180) / Math.PI;
      if (vLat > max) max = vLat;
      if (vLat < min) min = vLat;
    }
  }
  return [min, max];
}

/**
 * A lower bound (km) on the distance between any point of one lon/lat box and any point of
 * another: the haversine of the latitude gap and of the longitude gap, the latter at the boxes'
 * most poleward latitude (where a degree of longitude is shortest). Each term only grows with its
 * gap, so no pair of points can be closer. Boxes more than 180° of longitude apart get no
 * longitude term (the short way round may be shorter); a hair below the exact value, for rounding.
 */
export function boxGapKm(aw: number, as: number, ae: number, an: number, bw: number, bs: number, be: number, bn: number): number {
  const dLat = Math.max(0, bs - an, as - bn);
  const wide = Math.max(be - aw, ae - bw) > 180;
  const dLon = wide ? 0 : Math.max(0, bw - ae, aw - be);
  if (dLat === 0 && dLon === 0) return 0;
  const poleward = Math.max(Math.abs(as), Math.abs(an), Math.abs(bs), Math.abs(bn));
  const c = poleward >= 90 ? 0 : Math.cos((poleward * Math.PI) / 180);
  const sLat = Math.sin((dLat * Math.PI) / 360);
  const sLon = c * Math.sin((dLon * Math.PI) / 360);
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(sLat * sLat + sLon * sLon))) * (1 - 1e-9);
}
