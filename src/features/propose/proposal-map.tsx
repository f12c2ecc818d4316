// The proposal page's map: the region's layers for context, the proposal and its problems on
// top, and terra-draw for drawing or editing the boundary.
import { useEffect, useRef, useState } from 'react';
import type { Map as MapLibreMap, GeoJSONSource, LngLatBoundsLike } from 'maplibre-gl';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { TerraDraw, TerraDrawPolygonMode, TerraDrawSelectMode } from 'terra-draw';
import { TerraDrawMapLibreGLAdapter } from 'terra-draw-maplibre-gl-adapter';
import { MapView } from '../../components/map-view';
import type { Lang } from '../../i18n/lang';
import { DEFAULT_LAYERS } from '../../domain/url-state';
import type { LayerGroup } from '../../map/layers';
import { PROPOSAL_SOURCES, proposalLayers, proposalSources } from '../../map/layers/proposal';
import type { ProjectData } from '../../map/style';

export type DrawMode = 'off' | 'draw' | 'edit';

export interface FocusRequest {
  bbox?: [number, number, number, number];
  point?: [number, number];
  seq: number;
}

interface ProposalMapProps {
  context: Pick<ProjectData, 'infrastructure' | 'municipalities' | 'sites' | 'siteAreas'>;
  onlineBasemap: string | null;
  attribution: string[];
  regionBbox: [number, number, number, number];
  lang: Lang;
  proposal: FeatureCollection | undefined;
  issuePoints: FeatureCollection;
  drawMode: DrawMode;
  /** Geometry to put into terra-draw when editing starts (the uploaded boundary). */
  editSeed: FeatureCollection | undefined;
  focus: FocusRequest | undefined;
  onDrawn: (fc: FeatureCollection | undefined) => void;
}

const ALL_GROUPS = new Set<LayerGroup>(DEFAULT_LAYERS);
const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };

function drawnPolygons(draw: TerraDraw): FeatureCollection | undefined {
  const polygons = draw.getSnapshot().filter((f) => f.geometry.type === 'Polygon');
  if (!polygons.length) return undefined;
  return {
    type: 'FeatureCollection',
    features: polygons.map((f): Feature => ({ type: 'Feature', properties: {}, geometry: f.geometry as Polygon })),
  };
}

export function ProposalMap(props: ProposalMapProps) {
  const [map, setMap] = useState<MapLibreMap>();
  const draw = useRef<TerraDraw>(undefined);
  const latest = useRef(props);
  latest.current = props;

  const onReady = (m: MapLibreMap) => {
    for (const [id, source] of Object.entries(proposalSources(latest.current.regionBbox))) m.addSource(id, source);
    for (const layer of proposalLayers()) m.addLayer(layer);
    const td = new TerraDraw({
      adapter: new TerraDrawMapLibreGLAdapter({ map: m, coordinatePrecision: 6 }),
      modes: [
        new TerraDrawPolygonMode(),
        new TerraDrawSelectMode({
          flags: { polygon: { feature: { draggable: true, coordinates: { midpoints: true, draggable: true, deletable: true } } } },
        }),
      ],
    });
    td.start();
    td.on('finish', () => latest.current.onDrawn(drawnPolygons(td)));
    draw.current = td;
    setMap(m);
  };

  useEffect(() => () => draw.current?.stop(), []);

  useEffect(() => {
    map?.getSource<GeoJSONSource>(PROPOSAL_SOURCES.proposal)?.setData(props.drawMode === 'off' ? (props.proposal ?? empty) : empty);
  }, [map, props.proposal, props.drawMode]);
  useEffect(() => {
    map?.getSource<GeoJSONSource>(PROPOSAL_SOURCES.issues)?.setData(props.issuePoints);
  }, [map, props.issuePoints]);

  useEffect(() => {
    const td = draw.current;
    if (!map || !td) return;
    if (props.drawMode === 'off') {
      td.setMode('static');
      td.clear();
      return;
    }
    // Drawing adds to the boundary the user already has, and editing starts from it: both
    // begin with every part of it (a MultiPolygon's parts as polygons), so nothing is dropped.
    if (props.editSeed && !td.getSnapshot().length) {
      const parts = props.editSeed.features.flatMap((f): Polygon[] => {
        const g = f.geometry;
        if (g?.type === 'Polygon') return [g];
        if (g?.type === 'MultiPolygon') return g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }));
        return [];
      });
      td.addFeatures(parts.map((geometry) => ({ type: 'Feature' as const, geometry, properties: { mode: 'polygon' } })));
    }
    td.setMode(props.drawMode === 'draw' ? 'polygon' : 'select');
  }, [map, props.drawMode, props.editSeed]);

  useEffect(() => {
    if (!map || !props.focus) return;
    const { bbox, point } = props.focus;
    if (bbox) map.fitBounds(bbox as LngLatBoundsLike, { padding: 60, maxZoom: 15, duration: 0 });
    else if (point) map.jumpTo({ center: point, zoom: Math.max(map.getZoom(), 15) });
  }, [map, props.focus]);

  return (
    <MapView
      data={props.context}
      sites={props.context.sites}
      siteAreas={props.context.siteAreas}
      highlight={empty}
      onlineBasemap={props.onlineBasemap}
      attribution={props.attribution}
      initialView={undefined}
      scrollZoom
      dataLoaded
      regionBbox={props.regionBbox}
      lang={props.lang}
      visibleGroups={ALL_GROUPS}
      camera={undefined}
      onSitesClicked={() => undefined}
      onViewChange={() => undefined}
      onBasemap={() => undefined}
      onReady={onReady}
    />
  );
}
