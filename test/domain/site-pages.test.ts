import { describe, expect, it } from 'vitest';
import { appAddress, isSitePageState, prerenderKey, sitePageFromPath, sitePagePath, stateFromAddress } from '../../src/domain/site-pages';
import { emptyUrlState, type UrlState } from '../../src/domain/url-state';

const LANGS = ['ru', 'en'] as const;
const state = (patch: Partial<UrlState>): UrlState => ({ ...emptyUrlState(), ...patch });
const root = new URL('https://maps.example.org/parkatlas/');

describe('site pages', () => {
  it('live at site/<id>/ in the default language and <lang>/site/<id>/ in the others', () => {
    expect(sitePagePath('tor-yurga', 'ru', 'ru')).toBe('site/tor-yurga/');
    expect(sitePagePath('tor-yurga', 'en', 'ru')).toBe('en/site/tor-yurga/');
    expect(sitePageFromPath('/parkatlas/site/tor-yurga/', LANGS)).toEqual({ site: 'tor-yurga' });
    expect(sitePageFromPath('/parkatlas/en/site/tor-yurga/index.html', LANGS)).toEqual({ site: 'tor-yurga', lang: 'en' });
  });

  it('are not read from other paths, odd ids or unknown languages', () => {
    for (const path of ['/', '/parkatlas/', '/parkatlas/index.html', '/site/', '/site/Bad Id/', '/de/site/tor-yurga/', '/site/tor-yurga/extra/']) {
      expect(sitePageFromPath(path, LANGS), path).toBeUndefined();
    }
  });

  it("give the app the site and language of the page's address, the query and view as well", () => {
    const s = stateFromAddress({ pathname: '/en/site/tor-yurga/', search: '?basemap=offline', hash: '#map=9/55.7/84.9' }, LANGS);
    expect(s).toMatchObject({ site: 'tor-yurga', lang: 'en', basemap: 'offline', view: { zoom: 9, lat: 55.7, lon: 84.9 } });
  });

  it('are the address of a state that shows one site and nothing else; any other state is a query on the map page', () => {
    expect(isSitePageState(state({ site: 'a', lang: 'en', view: { zoom: 9, lat: 55, lon: 86 } }))).toBe(true);
    expect(isSitePageState(state({ site: 'a', kind: ['tor'] }))).toBe(false);
    expect(isSitePageState(state({ site: 'a', compare: ['a', 'b'] }))).toBe(false);
    expect(isSitePageState(state({}))).toBe(false);
    expect(appAddress(root, state({ site: 'tor-yurga', view: { zoom: 9, lat: 55, lon: 86 } }), 'ru')).toBe(
      'https://maps.example.org/parkatlas/site/tor-yurga/#map=9/55/86',
    );
    expect(appAddress(root, state({ site: 'tor-yurga', lang: 'en' }), 'ru')).toBe('https://maps.example.org/parkatlas/en/site/tor-yurga/');
    expect(appAddress(root, state({ site: 'tor-yurga', kind: ['tor'] }), 'ru')).toBe('https://maps.example.org/parkatlas/?kind=tor&site=tor-yurga');
    // Before the region (and so its default language) is known, the query form is the safe one.
    expect(appAddress(root, state({ site: 'tor-yurga' }), undefined)).toBe('https://maps.example.org/parkatlas/?site=tor-yurga');
  });

  it('round-trip: the address of a state reads back as that state', () => {
    for (const s of [state({ site: 'tor-yurga' }), state({ site: 'tor-yurga', lang: 'en' }), state({ site: 'x', status: ['planned'] })]) {
      const url = new URL(appAddress(root, s, 'ru'));
      const back = stateFromAddress(url, LANGS);
      expect({ ...back, lang: back.lang ?? 'ru' }).toEqual({ ...s, lang: s.lang ?? 'ru' });
    }
  });

  it("are taken over when the link asks for what the HTML shows, whatever the map's view or basemap", () => {
    const written = prerenderKey(state({ site: 'tor-yurga' }), 'ru', 'v1');
    expect(prerenderKey(state({ site: 'tor-yurga', basemap: 'offline', view: { zoom: 3, lat: 1, lon: 2 } }), 'ru', 'v1')).toBe(written);
    expect(prerenderKey(state({ site: 'tor-yurga' }), 'en', 'v1')).not.toBe(written);
    expect(prerenderKey(state({ site: 'tor-yurga', kind: ['tor'] }), 'ru', 'v1')).not.toBe(written);
    // The data rebuilt in place after the pages were written.
    expect(prerenderKey(state({ site: 'tor-yurga' }), 'ru', 'v2')).not.toBe(written);
  });
});
