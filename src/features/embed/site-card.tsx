// The short card of a site in an embed: what a reader needs, and the way to the full passport.
import type { BuiltSiteProperties } from '../../domain/schema/derived';
import { SITE_KIND_NAMES, SITE_STATUS_NAMES } from '../../i18n/enums';
import { formatNumber } from '../../i18n/format';
import { localized, translate, type Lang } from '../../i18n/lang';

interface SiteCardProps {
  site: BuiltSiteProperties;
  lang: Lang;
  municipality: string | undefined;
  passportHref: string;
  onClose: () => void;
}

export function SiteCard({ site, lang, municipality, passportHref, onClose }: SiteCardProps) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const area = site.land?.totalAreaHa;
  return (
    <aside className="site-card" aria-labelledby="card-title">
      <header>
        <h2 id="card-title">{localized(site.name, lang)}</h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('close')}>
          ×
        </button>
      </header>
      <p>
        {SITE_STATUS_NAMES[site.status][lang]} · {SITE_KIND_NAMES[site.kind][lang]}
        {municipality && ` · ${municipality}`}
      </p>
      <p>
        {t('fieldTotalArea')}:{' '}
        {area ? (
          `${formatNumber(area.value, lang)} ${t('unitHa')}${area.approximate ? ` (${t('approximate')})` : ''}`
        ) : (
          <span className="no-data">{t('noData')}</span>
        )}
      </p>
      {site.locationPrecision !== 'exact' && <p className="precision">{t(site.locationPrecision === 'settlement' ? 'locationSettlement' : 'locationApproximate')}</p>}
      <a href={passportHref} target="_blank" rel="noopener">
        {t('openPassport')}
      </a>
    </aside>
  );
}
