// The full investor app: loads the region, keeps the state that the URL carries, wires the parts.
import { useEffect, useMemo, useState } from 'react';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { Legend } from '../components/Legend';
import { MapView } from '../components/MapView';
import { SiteChooser, SitePanel } from '../components/SitePanel';
import { localized, translate, type Lang } from '../i18n/lang';
import { buildLegend } from '../map/legend';
import type { LayerGroup } from '../map/layer-ids';
import { infraMapFeatures, municipalityMapFeatures, siteMapFeatures } from '../map/map-features';
import { theme } from '../map/theme';
import { buildPassport } from '../view-model/passport';
import { LAYER_GROUP_NAMES, type MapView as View } from '../domain/url-state';
import { loadRegion, regionDataUrl, RegionLoadError, type LoadedRegion } from './load-region';
import { useUrlState } from './use-url-state';

const REGION_ID = import.meta.env.VITE_REGION ?? 'kuzbass';

type Load = { state: 'loading' } | { state: 'failed'; details: string[] } | { state: 'ready'; data: LoadedRegion };

export function App() {
  const [url, update] = useUrlState();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [chooser, setChooser] = useState<string[]>([]);
  const [offlineReason, setOfflineReason] = useState<string>();

  useEffect(() => {
    loadRegion(regionDataUrl(REGION_ID, document.baseURI)).then(
      (data) => setLoad({ state: 'ready', data }),
      (e: unknown) => setLoad({ state: 'failed', details: e instanceof RegionLoadError ? e.details : [String(e)] }),
    );
  }, []);

  const region = load.state === 'ready' ? load.data.region : undefined;
  const lang: Lang = url.lang ?? region?.defaultLanguage ?? 'ru';
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, 'appTitle');
  }, [lang]);

  const data = load.state === 'ready' ? load.data : undefined;
  const mapData = useMemo(
    () =>
      data && {
        sites: siteMapFeatures(data.sites),
        infrastructure: infraMapFeatures(data.infrastructure),
        municipalities: municipalityMapFeatures(data.municipalities),
      },
    [data],
  );
  const legend = useMemo(
    () => buildLegend(theme, new Set(data?.infrastructure.map((f) => f.properties.kind) ?? [])),
    [data],
  );
  const visible = useMemo(() => new Set<LayerGroup>(url.layers ?? LAYER_GROUP_NAMES), [url.layers]);
  const municipalityName = useMemo(() => {
    const byId = new Map(data?.municipalities.map((m) => [m.properties.id, m.properties.name]));
    return (id: string) => {
      const name = byId.get(id);
      return name && localized(name, lang);
    };
  }, [data, lang]);
  const selected = data?.sites.find((s) => s.properties.id === url.site);
  const passport = selected && buildPassport(selected.properties, lang, municipalityName);

  if (load.state === 'loading') return <p className="status-screen">{translate(lang, 'loading')}</p>;
  if (load.state === 'failed') {
    return (
      <main className="status-screen" role="alert">
        <h1>{translate(lang, 'loadFailed')}</h1>
        <p>{translate(lang, 'loadFailedHint')}</p>
        <ul>
          {load.details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </main>
    );
  }
  const { region: r } = load.data;
  const initialView: View = url.view ?? { zoom: r.defaultView.zoom, lon: r.defaultView.center[0], lat: r.defaultView.center[1] };
  const toggle = (group: LayerGroup) => {
    const next = new Set(visible);
    if (next.has(group)) next.delete(group);
    else next.add(group);
    update({ layers: LAYER_GROUP_NAMES.filter((g) => next.has(g)) });
  };
  const select = (id: string | undefined) => {
    setChooser([]);
    update({ site: id }, { push: true });
  };

  return (
    <div className="app">
      <header className="topbar">
        <h1>
          ParkAtlas <span className="region-name">{localized(r.name, lang)}</span>
        </h1>
        <LanguageSwitch lang={lang} onChange={(l) => update({ lang: l })} />
      </header>
      <main className="workspace">
        <MapView
          data={mapData!}
          onlineBasemap={url.basemap === 'offline' ? null : r.basemap.online}
          attribution={r.attribution}
          initialView={initialView}
          lang={lang}
          selectedId={url.site}
          visibleGroups={visible}
          onSitesClicked={(ids) => (ids.length === 1 ? select(ids[0]) : setChooser(ids))}
          onViewChange={(view) => update({ view })}
          onBasemap={(b, reason) => setOfflineReason(b === 'offline' && r.basemap.online && url.basemap !== 'offline' ? (reason ?? '') : undefined)}
        />
        <Legend groups={legend} lang={lang} visible={visible} onToggle={toggle} />
        {offlineReason !== undefined && (
          <p className="notice" role="status">
            {translate(lang, 'basemapOffline')}
          </p>
        )}
        {chooser.length > 1 && (
          <SiteChooser
            lang={lang}
            sites={chooser.map((id) => ({
              id,
              name: localized(load.data.sites.find((s) => s.properties.id === id)?.properties.name ?? { ru: id }, lang),
            }))}
            onChoose={select}
            onClose={() => setChooser([])}
          />
        )}
        {passport && <SitePanel passport={passport} lang={lang} onClose={() => select(undefined)} />}
      </main>
    </div>
  );
}
