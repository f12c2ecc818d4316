// First load as Lighthouse 12.2.3 sees it (#14 item 6): the app, the embed and a bare MapLibre
// page drawing the same sites.geojson (the floor), served by Debian's nginx with
// deploy/nginx.conf (gzip, caching: what a deployment sends), in Lighthouse's mobile profile
// (simulated slow 4G, 4x CPU slowdown) and its desktop profile. Runs alternate between pages;
// medians and ratios against the floor in the same run. The basemap is the offline style: no
// request leaves the machine. Lighthouse 13 needs Node 22; its "LCP element" audit errors on
// Debian's Chromium 150-156, the metrics still come (PITFALLS.md).
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import lighthouse, { type Flags } from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { RegionConfig } from '../src/domain/schema/region';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/browser/chromium';
import { startNginx } from '../test/helpers/nginx-server';
import { FLOOR_DIR, writeFloorPage } from './first-map.bench';
import { DIST, ensureDist } from './lib/dist';
import { fmtRatio, median, table } from './lib/stats';
import type { BenchContext } from './nearest.bench';

const PAGES = {
  app: '?basemap=offline',
  site: 'site/tor-yurga/?basemap=offline',
  embed: '?embed=1&basemap=offline',
  floor: `${FLOOR_DIR}/`,
} as const;
type PageName = keyof typeof PAGES;
const PROFILES = ['mobile', 'desktop'] as const;
type Profile = (typeof PROFILES)[number];

interface Run {
  fcpMs: number;
  lcpMs: number;
  ttiMs: number;
  tbtMs: number;
  cls: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
}

export interface LighthouseRow extends Run {
  page: PageName;
  profile: Profile;
  runs: number;
  /** Page / floor, same profile, same run. */
  fcpRatio: number;
  lcpRatio: number;
  ttiRatio: number;
  performanceVsFloor: number;
}

/** Debian's Chromium with a DevTools port, launched as the tests launch it (software WebGL). */
async function launchForLighthouse(): Promise<{ port: number; proc: ChildProcess }> {
  // Headless and with a DevTools port for Lighthouse; otherwise as the browser tests launch it.
  const proc = spawn(CHROMIUM_PATH, ['--headless=new', '--remote-debugging-port=0', ...CHROMIUM_ARGS, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let err = '';
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port: ${err}`)), 30_000);
    proc.stderr!.on('data', (c: Buffer) => {
      err += c.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
  });
  return { port, proc };
}

async function runOnce(url: string, port: number, profile: Profile): Promise<Run> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] };
  const result = await lighthouse(url, flags, profile === 'desktop' ? desktopConfig : undefined);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { audits, categories, runtimeError } = result.lhr;
  if (runtimeError) {
    const logged = (audits['errors-in-console']?.details as { items?: { description?: string }[] } | undefined)?.items ?? [];
    throw new Error(`Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}; console: ${logged.map((i) => i.description).join(' | ')}`);
  }
  const value = (id: string) => audits[id]?.numericValue ?? NaN;
  const score = (id: string) => Math.round((categories[id]?.score ?? NaN) * 100);
  return {
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    ttiMs: value('interactive'),
    tbtMs: value('total-blocking-time'),
    cls: value('cumulative-layout-shift'),
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
  };
}

const medianRun = (runs: Run[]): Run => {
  const pick = (k: keyof Run) => median(runs.map((r) => r[k]));
  return {
    fcpMs: pick('fcpMs'),
    lcpMs: pick('lcpMs'),
    ttiMs: pick('ttiMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
  };
};

export async function runLighthouseBench(ctx: BenchContext): Promise<{ rows: LighthouseRow[]; notes: string[] }> {
  ensureDist(ctx.log);
  const region = RegionConfig.parse(JSON.parse(readFileSync(path.join(DIST, 'data', 'kuzbass', 'region.json'), 'utf8')));
  const nginx = await startNginx((docroot) => writeFloorPage(docroot, region.bbox, `../data/kuzbass/${region.files.sites}`, { heading: region.name.ru }));
  const chromium = await launchForLighthouse();
  const runs = ctx.quick ? 1 : 3;
  const results = new Map<string, Run[]>();
  try {
    for (const profile of PROFILES) {
      for (let i = 0; i < runs; i++) {
        // Alternate the order, so no page always runs first.
        const order = (Object.keys(PAGES) as PageName[]).slice();
        if (i % 2 === 1) order.reverse();
        for (const page of order) {
          const run = await runOnce(new URL(PAGES[page], nginx.url).href, chromium.port, profile);
          const key = `${page}/${profile}`;
          results.set(key, [...(results.get(key) ?? []), run]);
          ctx.log(`  ${profile} ${page} #${i + 1}: FCP ${run.fcpMs.toFixed(0)} ms, LCP ${run.lcpMs.toFixed(0)} ms, TTI ${run.ttiMs.toFixed(0)} ms, perf ${run.performance}`);
        }
      }
    }
  } finally {
    chromium.proc.kill();
    await nginx.stop();
  }
  const rows: LighthouseRow[] = [];
  for (const profile of PROFILES) {
    const floor = medianRun(results.get(`floor/${profile}`)!);
    for (const page of Object.keys(PAGES) as PageName[]) {
      const m = medianRun(results.get(`${page}/${profile}`)!);
      rows.push({
        page,
        profile,
        runs,
        ...m,
        fcpRatio: m.fcpMs / floor.fcpMs,
        lcpRatio: m.lcpMs / floor.lcpMs,
        ttiRatio: m.ttiMs / floor.ttiMs,
        performanceVsFloor: m.performance - floor.performance,
      });
    }
  }
  ctx.log(
    table(
      ['profile', 'page', 'FCP ms', 'LCP ms', 'TTI ms', 'TBT ms', 'CLS', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP / floor', 'LCP / floor', 'TTI / floor'],
      rows.map((r) => [
        r.profile,
        r.page,
        r.fcpMs.toFixed(0),
        r.lcpMs.toFixed(0),
        r.ttiMs.toFixed(0),
        r.tbtMs.toFixed(0),
        r.cls.toFixed(3),
        String(r.performance),
        String(r.accessibility),
        String(r.bestPractices),
        String(r.seo),
        fmtRatio(r.fcpRatio),
        fmtRatio(r.lcpRatio),
        fmtRatio(r.ttiRatio),
      ]),
    ),
  );
  return {
    rows,
    notes: [
      `Lighthouse 12.2.3, Debian Chromium at ${CHROMIUM_PATH}, ${runs} alternating run(s) per page and profile, medians.`,
      'Served by Debian nginx with deploy/nginx.conf; the floor is the bare MapLibre page of the first-map benchmark, same sites.geojson, with the region\'s name as a title (Lighthouse counts no WebGL paint as contentful here).',
      'site: the page the build writes for one site (site/tor-yurga/), its passport in the HTML.',
    ],
  };
}
