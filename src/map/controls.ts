// The map's own controls (zoom, scale, attribution) and their words in the UI's language:
// MapLibre reads its UI strings from the map's locale (defaults are English).
import { AttributionControl, NavigationControl, ScaleControl, type IControl, type Map as MapLibreMap } from 'maplibre-gl';
import { translate, type Lang } from '../i18n/lang';

/** MapLibre's UI strings this app shows, in `lang` (keys of MapLibre's default_locale.ts). */
export function mapLocale(lang: Lang): Record<string, string> {
  return {
    'Map.Title': translate(lang, 'mapTitle'),
    'NavigationControl.ZoomIn': translate(lang, 'mapZoomIn'),
    'NavigationControl.ZoomOut': translate(lang, 'mapZoomOut'),
    'NavigationControl.ResetBearing': translate(lang, 'mapResetBearing'),
    'AttributionControl.ToggleAttribution': translate(lang, 'mapToggleAttribution'),
    'AttributionControl.MapFeedback': translate(lang, 'mapFeedback'),
    'ScaleControl.Meters': translate(lang, 'unitM'),
    'ScaleControl.Kilometers': translate(lang, 'unitKm'),
    'Popup.Close': translate(lang, 'close'),
  };
}

/**
 * Adds the controls; returns a function that re-words them for another language. MapLibre reads
 * a control's words when the control is added, from the map's locale, which it sets only at
 * construction: a language switch writes the locale and adds the controls anew.
 */
export function addMapControls(map: MapLibreMap, attribution: string[]): (lang: Lang) => void {
  let controls: [IControl, 'top-right' | 'bottom-right'][] = [];
  const add = () => {
    controls = [
      [new NavigationControl({ showCompass: false }), 'top-right'],
      [new ScaleControl({ unit: 'metric' }), 'bottom-right'],
      [new AttributionControl({ compact: true, customAttribution: attribution }), 'bottom-right'],
    ];
    for (const [control, place] of controls) map.addControl(control, place);
    // Start the long attribution folded behind its (i) button: it would cover a third of a phone.
    map.getContainer().querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  };
  add();
  return (lang) => {
    const m = map as unknown as { _locale: Record<string, string> };
    m._locale = { ...m._locale, ...mapLocale(lang) };
    map.getCanvas().setAttribute('aria-label', translate(lang, 'mapTitle'));
    for (const [control] of controls) map.removeControl(control);
    add();
  };
}
