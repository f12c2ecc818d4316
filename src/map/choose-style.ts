// Picks the style: the online basemap when configured and reachable in time, else offline.
import type { StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../i18n/lang';
import { buildOfflineStyle, looksLikeStyle, mergeIntoBasemap, type FontUrls, type ProjectData } from './style';
import { theme } from './theme';

export interface StyleChoice {
  style: StyleSpecification;
  basemap: 'online' | 'offline';
  /** Why the online basemap was not used, when one was configured. */
  fallbackReason?: string;
}

export async function chooseStyle(
  onlineUrl: string | null,
  lang: Lang,
  fonts: FontUrls,
  data: ProjectData,
  timeoutMs = 3000,
): Promise<StyleChoice> {
  const offline = (fallbackReason?: string): StyleChoice => ({
    style: buildOfflineStyle(theme, lang, fonts, data),
    basemap: 'offline',
    ...(fallbackReason ? { fallbackReason } : {}),
  });
  if (!onlineUrl) return offline();
  try {
    const response = await fetch(onlineUrl, { signal: AbortSignal.timeout(timeoutMs) });
    if (!response.ok) return offline(`HTTP ${response.status}`);
    const basemap: unknown = await response.json();
    if (!looksLikeStyle(basemap)) return offline('not a style');
    return { style: mergeIntoBasemap(basemap, theme, lang, fonts, data), basemap: 'online' };
  } catch (e) {
    return offline((e as Error).message);
  }
}
