// The investor app: filters and list beside the map, passport, comparison, overview, share, export.
// All state a link should carry lives in the URL; only transient UI (hover, chooser, tab) is local.
import { yearOfDate } from '../../domain/roadmap';
import type { UrlUpdateOptions } from '../../components/use-url-state';
import { lazy, startTransition, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { CompareView } from './compare-view';
import { FilterPanel } from './filter-panel';
import { LanguageSwitch } from '../../components/language-switch';
import { Legend } from '../../components/legend';
import { MapView, type CameraRequest } from '../../components/map-view';
import { OverviewPanel } from './overview-panel';
import { ChangesPanel } from './changes-panel';
import { ResultList } from './result-list';
import { SiteChooser, SitePanel } from '../../components/site-panel';
import { Toolbar } from './toolbar';
import { emptyFilter, isFilterActive, type SiteFilter } from '../../domain/filters';
import { DEFAULT_LAYERS, filterFromUrl, filterToUrl, LAYER_GROUP_NAMES, parseView, type UrlState } from '../../domain/url-state';
import { shownOfTotal } from '../../i18n/investor-messages';
import { localized, translate, type Lang } from '../../i18n/lang';
import type { LayerGroup } from '../../map/layers';
import { legendFor } from '../../map/legend-for';
import { snapshot } from '../../map/snapshot';
import { buildComparison } from '../../view-model/compare';
import { buildOverview } from '../../view-model/overview';
import { buildPassport } from '../../view-model/passport';
import { downloadSites } from './download';
import type { LoadedRegion } from '../../io/load-region';
import { mapOptionsFor } from '../../map/early-map';
import { mapDataProps, useMapLayersData } from '../../components/use-map-layers-data';
import { useSitesModel } from '../../components/use-sites-model';

interface InvestorAppProps {
  data: LoadedRegion;
  /** False while only region.json is in: map and panels are up, the sites are on their way. */
  layersLoaded: boolean;
  url: UrlState;
  update: (patch: Partial<UrlState>, opts?: UrlUpdateOptions) => void;
  lang: Lang;
  /** The page's HTML already shows the panels (scripts/build-pages.ts): they are in the first commit. */
  prerendered?: boolean;
}

type Sheet = 'list' | 'filters';
// Loaded when a journalist opens it: readers of the map never download the builder.
const EmbedBuilder = lazy(() => import('./embed-builder'));
const SITE_ZOOM = 12;

/** Only the typed fields changed (search, numbers, distances): the lists and the flag are the same objects. */
const onlyTyped = (before: SiteFilter, after: SiteFilter) =>
  before.status === after.status && before.kind === after.kind && before.mun === after.mun && before.keepNoData === after.keepNoData;

export function InvestorApp({ data, layersLoaded, url, update, lang, prerendered = false }: InvestorAppProps) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const model = useSitesModel(data, url, lang);
  const { region } = data;
  const [hovered, setHovered] = useState<string>();
  const [chooser, setChooser] = useState<string[]>([]);
  const [camera, setCamera] = useState<CameraRequest>();
  const [offline, setOffline] = useState(false);
  const [sheet, setSheet] = useState<Sheet>('list');
  const [printImage, setPrintImage] = useState<string>();
  const [builderOpen, setBuilderOpen] = useState(false);
  const mapRef = useRef<MapLibreMap>(undefined);
  // The first commit holds the map alone: MapView takes the first map over (or, without one,
  // starts its own) before React renders the filters and the list, which follow in a transition.
  // A page whose HTML shows them already keeps them.
  const [panels, setPanels] = useState(prerendered);
  useEffect(() => startTransition(() => setPanels(true)), []);
  // Written HTML says "busy" until React has taken it over: before that its buttons do nothing.
  const [live, setLive] = useState(!prerendered);
  useEffect(() => setLive(true), []);

  // Back and forward restore the view of that history entry, not only its filters and site.
  useEffect(() => {
    const onPop = () => {
      const view = parseView(window.location.hash);
      if (view) setCamera({ center: [view.lon, view.lat], zoom: view.zoom, seq: Date.now() });
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const layers = useMapLayersData(data, model.shownFeatures, url.site, hovered);
  const legend = useMemo(() => legendFor(data), [data]);
  const visible = useMemo(() => new Set<LayerGroup>(url.layers ?? DEFAULT_LAYERS), [url.layers]);
  const filter = filterFromUrl(url);

  const selected = url.site ? model.byId.get(url.site) : undefined;
  const passport = selected && buildPassport(selected.properties, lang, model.municipalityName, model.year);
  const compareSites = url.compare.map((id) => model.byId.get(id)).filter((s) => s !== undefined);
  const comparison = compareSites.length >= 2 ? buildComparison(compareSites.map((s) => s.properties), lang, model.municipalityName) : undefined;
  const overview =
    url.panel === 'overview'
      ? buildOverview(model.shownFeatures.map((s) => s.properties), lang, model.municipalityName, { year: model.year, notYetCreated: data.sites.length - model.all.length })
      : undefined;

  const select = (id: string | undefined, fly = false) => {
    setChooser([]);
    update({ site: id }, { push: true });
    const site = id ? model.byId.get(id) : undefined;
    if (fly && site) {
      const zoom = Math.max(SITE_ZOOM, mapRef.current?.getZoom() ?? 0);
      setCamera({ center: site.properties.derived.displayPoint, zoom, seq: Date.now() });
    }
  };
  const toggleGroup = (group: LayerGroup) => {
    const next = new Set(visible);
    if (next.has(group)) next.delete(group);
    else next.add(group);
    update({ layers: LAYER_GROUP_NAMES.filter((g) => next.has(g)) });
  };
  const toggleCompare = (id: string) => {
    const set = url.compare.includes(id) ? url.compare.filter((c) => c !== id) : [...url.compare, id].slice(0, 4);
    update({ compare: set }, { push: true });
  };
  const print = async () => {
    const map = mapRef.current;
    if (map && selected) {
      // The factsheet shows the site itself, whatever the user was looking at.
      map.jumpTo({ center: selected.properties.derived.displayPoint, zoom: Math.max(8, Math.min(map.getZoom(), 12)) });
      await new Promise((resolve) => map.once('idle', resolve));
      setPrintImage(await snapshot(map));
    }
    // Let React paint the snapshot into the factsheet before the print dialog opens.
    window.requestAnimationFrame(() => window.setTimeout(() => window.print(), 50));
  };

  return (
    <div className="app" data-sheet={sheet} aria-busy={!layersLoaded || !panels || !live}>
      <header className="topbar">
        <h1>
          ParkAtlas <span className="region-name">{localized(region.name, lang)}</span>
        </h1>
        <Toolbar
          lang={lang}
          overviewOpen={url.panel === 'overview'}
          onOverview={() => update({ panel: url.panel === 'overview' ? undefined : 'overview' }, { push: true })}
          onExport={(format) => void downloadSites(format, model.shownRecords, region.id, lang, model.municipalityName)}
          builderOpen={builderOpen}
          onEmbed={() => setBuilderOpen((o) => !o)}
        />
        <LanguageSwitch lang={lang} languages={data.region.languages} onChange={(l) => update({ lang: l })} />
      </header>
      <div className="workspace">
        <aside className="sidebar" aria-label={t('sitesList')}>
          {data.dataProblems && (
            // One bad value in a published file: the rest of the map stays; what was left out is said.
            <details className="data-problems" role="status">
              <summary>{t('dataPartlyDropped')}</summary>
              <ul>
                {data.dataProblems.slice(0, 20).map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </details>
          )}
          {panels && (
          <>
          <div className="sheet-tabs" role="group">
            <button type="button" aria-pressed={sheet === 'list'} onClick={() => setSheet('list')}>
              {t('showList')}
              {/* The count stays in sight on the Filters tab: the list's own count is hidden there. */}
              {layersLoaded && <span className="tab-count"> · {shownOfTotal(lang, model.shown.length, model.all.length)}</span>}
            </button>
            <button type="button" aria-pressed={sheet === 'filters'} onClick={() => setSheet('filters')}>
              {t('showFilters')}
            </button>
          </div>
          <div className="sheet-filters">
            <FilterPanel
              filter={filter}
              lang={lang}
              municipalities={model.municipalitiesWithSites}
              nearTargets={model.nearTargets}
              // Each deliberate change (a box ticked) is a step of Back; a burst of typing in the
              // search or a number field is one step, not one per key.
              onChange={(f) => update(filterToUrl(f), { push: true, ...(onlyTyped(filter, f) ? { coalesce: 'typing' } : {}) })}
              onReset={() => update(filterToUrl(emptyFilter()), { push: true })}
              year={url.year}
              dataYear={yearOfDate(region.dataDate)}
              onYearChange={(year) => update({ year }, { push: true, coalesce: 'typing' })}
            />
          </div>
          <div className="sheet-list">
            <ResultList
              sites={model.shown}
              total={model.all.length}
              loading={!layersLoaded}
              lang={lang}
              nameOf={model.nameOf}
              missing={model.missing}
              pastDue={model.pastDue}
              sort={url.sort ?? 'name'}
              nearTargets={model.nearTargets}
              selectedId={url.site}
              compare={url.compare}
              onSort={(sort) => update({ sort: sort === 'name' ? undefined : sort })}
              onChoose={(id) => select(id, true)}
              onHover={setHovered}
              onToggleCompare={toggleCompare}
            />
          </div>
          </>
          )}
        </aside>
        <main className="map-area">
          <MapView
            {...mapOptionsFor(region, url, false)}
            {...mapDataProps(layers)}
            attribution={region.attribution}
            dataLoaded={layersLoaded}
            lang={lang}
            visibleGroups={visible}
            roadmapYear={model.year}
            camera={camera}
            onSitesClicked={(ids) => (ids.length === 1 ? select(ids[0]) : setChooser(ids))}
            onViewChange={(view) => update({ view })}
            onBasemap={(b) => setOffline(b === 'offline' && !!region.basemap.online && url.basemap !== 'offline')}
            onReady={(m) => (mapRef.current = m)}
          />
          <Legend groups={legend} lang={lang} visible={visible} onToggle={toggleGroup} />
          {offline && (
            <p className="notice" role="status">
              {t('basemapOffline')}
            </p>
          )}
        </main>
        {overview && (
          <OverviewPanel
            overview={overview}
            lang={lang}
            filtered={isFilterActive(filter)}
            onClose={() => update({ panel: undefined }, { push: true })}
            onChanges={() => update({ panel: 'changes' }, { push: true })}
          />
        )}
        {url.panel === 'changes' && layersLoaded && (
          <ChangesPanel
            data={data}
            lang={lang}
            since={url.since}
            until={url.until}
            onRange={(since, until) => update({ since, until }, { push: true })}
            onClose={() => update({ panel: undefined, since: undefined, until: undefined }, { push: true })}
          />
        )}
        {comparison && (
          <CompareView
            comparison={comparison}
            lang={lang}
            onRemove={toggleCompare}
            onClear={() => update({ compare: [] }, { push: true })}
            onOpen={(id) => select(id, true)}
          />
        )}
        {builderOpen && (
          <Suspense fallback={null}>
            <EmbedBuilder url={url} lang={lang} languages={data.region.languages} onClose={() => setBuilderOpen(false)} />
          </Suspense>
        )}
        {chooser.length > 1 && (
          <SiteChooser
            lang={lang}
            sites={chooser.map((id) => ({ id, name: model.nameOf(id) }))}
            onChoose={(id) => select(id)}
            onClose={() => setChooser([])}
          />
        )}
        {passport && selected && (
          <SitePanel
            passport={passport}
            lang={lang}
            inCompare={url.compare.includes(selected.properties.id)}
            compareFull={url.compare.length >= 4}
            printImage={printImage}
            onToggleCompare={() => toggleCompare(selected.properties.id)}
            onPrint={() => void print()}
            onClose={() => select(undefined)}
          />
        )}
      </div>
    </div>
  );
}
