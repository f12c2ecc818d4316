// The embed (`?embed=1`): map, small legend, the chosen site's card, attribution and the way to
// the full map. No list, no submission, no storage; state stays in memory (the host's history
// and the reader's storage are left alone).
import { useEffect, useMemo, useRef, useState } from 'react';
import { Legend } from '../../components/legend';
import { MapView } from '../../components/map-view';
import { SiteCard } from './site-card';
import { LoadFailedScreen, LoadingScreen } from '../../components/status-screens';
import type { UrlState } from '../../domain/url-state';
import { DEFAULT_LAYERS } from '../../domain/url-state';
import { translate, type Lang } from '../../i18n/lang';
import type { LayerGroup } from '../../map/layers';
import { legendFor } from '../../map/legend-for';
import { fullMapUrl, sitePageUrl } from '../../view-model/embed-snippet';
import { listenToHost, postToHost } from './embed-host';
import type { LoadedRegion } from '../../io/load-region';
import { REGION_ID } from '../../io/region-files';
import { useDocumentLang } from '../../components/use-document-lang';
import { useRegion } from '../../components/use-region';
import { mapOptionsFor } from '../../map/early-map';
import { mapDataProps, useMapLayersData } from '../../components/use-map-layers-data';
import { useSitesModel } from '../../components/use-sites-model';
import { useUrlState } from '../../components/use-url-state';

export function EmbedApp() {
  const [url, update] = useUrlState(false);
  const load = useRegion(REGION_ID);
  const lang = useDocumentLang(url.lang, 'data' in load ? load.data.region : undefined);
  if (load.state === 'loading') return <LoadingScreen lang={lang} />;
  if (load.state === 'failed') return <LoadFailedScreen lang={lang} details={load.details} failure={load.failure} />;
  return <Embed data={load.data} layersLoaded={load.state === 'ready'} url={url} update={update} lang={lang} />;
}

interface EmbedProps {
  data: LoadedRegion;
  /** False while only region.json is in: the map is drawn, the sites are on their way. */
  layersLoaded: boolean;
  url: UrlState;
  update: (patch: Partial<UrlState>) => void;
  lang: Lang;
}

function Embed({ data, layersLoaded, url, update, lang }: EmbedProps) {
  const model = useSitesModel(data, url, lang);
  const { region } = data;
  const [visible, setVisible] = useState(() => new Set<LayerGroup>(url.layers ?? DEFAULT_LAYERS));
  const root = useRef<HTMLDivElement>(null);
  const layers = useMapLayersData(data, model.shownFeatures, url.site, undefined);
  const legend = useMemo(() => legendFor(data), [data]);
  const selected = url.site ? model.byId.get(url.site) : undefined;

  const select = (siteId: string | undefined, tellHost: boolean) => {
    const known = siteId && model.byId.has(siteId) ? siteId : undefined;
    update({ site: known });
    if (tellHost) postToHost({ type: 'parkatlas:select', siteId: known ?? null });
  };
  // From the host: `null` closes the card; an id the map does not know is ignored like any
  // malformed message (it used to close the card).
  const fromHost = (siteId: string | null) => {
    if (siteId === null || model.byId.has(siteId)) select(siteId ?? undefined, false);
  };
  const fromHostRef = useRef(fromHost);
  fromHostRef.current = fromHost;

  // The host hears `ready` once the sites are in, so a `select` it sends then finds its site.
  useEffect(() => {
    if (!layersLoaded) return;
    postToHost({ type: 'parkatlas:ready' });
    return listenToHost((siteId) => fromHostRef.current(siteId));
  }, [layersLoaded]);
  useEffect(() => {
    const el = root.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => postToHost({ type: 'parkatlas:resize', height: Math.ceil(el.scrollHeight) }));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const appUrl = window.location.href;
  const fullMap = fullMapUrl(appUrl, url, region.defaultLanguage);
  return (
    <div className="embed" ref={root} aria-busy={!layersLoaded}>
      <MapView
        {...mapOptionsFor(region, url, true)}
        {...mapDataProps(layers)}
        attribution={region.attribution}
        dataLoaded={layersLoaded}
        lang={lang}
        visibleGroups={visible}
        roadmapYear={model.year}
        camera={undefined}
        // A cluster zooms in (MapView does it); only a single marker opens a card.
        onSitesClicked={(ids) => ids.length === 1 && select(ids[0], true)}
        onViewChange={(view) => update({ view })}
        onBasemap={() => undefined}
      />
      <Legend
        groups={legend}
        lang={lang}
        visible={visible}
        onToggle={(g) =>
          setVisible((prev) => {
            const next = new Set(prev);
            if (next.has(g)) next.delete(g);
            else next.add(g);
            return next;
          })
        }
        startOpen={false}
      />
      {selected && (
        <SiteCard
          site={selected.properties}
          lang={lang}
          municipality={model.municipalityName(selected.properties.derived.municipalityId)}
          passportHref={sitePageUrl(appUrl, selected.properties.id, lang, region.defaultLanguage)}
          onClose={() => select(undefined, true)}
        />
      )}
      <a className="open-full" href={fullMap} target="_blank" rel="noopener">
        {translate(lang, 'openFullMap')}
      </a>
    </div>
  );
}
