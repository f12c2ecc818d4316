// The result list: the text alternative to the map. Same set as the map, always.
import { MEASURES, type MeasureId } from '../../domain/filter-fields';
import { useState } from 'react';
import type { FilterableSite, MissingMark } from '../../domain/filters';
import type { NearTarget } from '../../domain/schema/vocabulary';
import type { SortKey } from '../../domain/sort';
import { NEAR_TARGET_NAMES, SITE_STATUS_NAMES } from '../../i18n/enums';
import { formatKm, formatNumber, midSentence } from '../../i18n/format';
import { foundCount, showMore } from '../../i18n/investor-messages';
import { translate, type Lang } from '../../i18n/lang';

interface ResultListProps {
  sites: FilterableSite[];
  total: number;
  /** The layer files are still on their way: say so instead of "found 0 of 0". */
  loading: boolean;
  lang: Lang;
  nameOf: (id: string) => string;
  missing: (site: FilterableSite) => MissingMark[];
  /** Sites with a plan past due in the roadmap year: flagged in their row. */
  pastDue: ReadonlySet<string>;
  sort: SortKey;
  nearTargets: NearTarget[];
  selectedId: string | undefined;
  compare: readonly string[];
  onSort: (key: SortKey) => void;
  onChoose: (id: string) => void;
  onHover: (id: string | undefined) => void;
  onToggleCompare: (id: string) => void;
}

// Rows rendered at a time: thousands of rows would hold the first map back by seconds.
const PAGE = 200;

export function ResultList(props: ResultListProps) {
  const { lang, sort } = props;
  // How many rows of which result set: a new result set starts again from its first page.
  const [paging, setPaging] = useState({ sites: props.sites, limit: PAGE });
  const limit = paging.sites === props.sites ? paging.limit : PAGE;
  const rows = props.sites.slice(0, limit);
  const hidden = props.sites.length - rows.length;
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const distKind = sort.startsWith('dist:') ? (sort.slice(5) as NearTarget) : undefined;
  const missingLabel = (mark: MissingMark) =>
    midSentence(mark.startsWith('near:') ? NEAR_TARGET_NAMES[mark.slice(5) as NearTarget][lang] : t(MEASURES[mark as MeasureId].field));
  return (
    <section className="results" aria-labelledby="results-title">
      <h2 id="results-title" className="visually-hidden">
        {t('sitesList')}
      </h2>
      <p className="count" role="status">
        {props.loading ? t('loadingSites') : foundCount(lang, props.sites.length, props.total)}
      </p>
      <label className="sort">
        {t('sortBy')}{' '}
        <select value={sort} onChange={(e) => props.onSort(e.target.value as SortKey)}>
          <option value="name">{t('sortName')}</option>
          <option value="area">{t('sortArea')}</option>
          {props.nearTargets.map((k) => (
            <option key={k} value={`dist:${k}`}>
              {t('sortDist')}
              {midSentence(NEAR_TARGET_NAMES[k][lang])}
            </option>
          ))}
        </select>
      </label>
      {props.sites.length === 0 && !props.loading && <p className="empty">{t('noResults')}</p>}
      <ul aria-label={t('sitesList')} className="result-list">
        {rows.map((s) => {
          const missing = props.missing(s);
          const km = distKind ? s.nearestKm[distKind] : undefined;
          const inCompare = props.compare.includes(s.id);
          return (
            <li key={s.id} className={s.id === props.selectedId ? 'selected' : undefined}>
              <button
                type="button"
                className="result"
                aria-current={s.id === props.selectedId ? 'true' : undefined}
                onClick={() => props.onChoose(s.id)}
                onMouseEnter={() => props.onHover(s.id)}
                onMouseLeave={() => props.onHover(undefined)}
                onFocus={() => props.onHover(s.id)}
                onBlur={() => props.onHover(undefined)}
              >
                <span className="result-name">{props.nameOf(s.id)}</span>
                <span className="result-meta">
                  {SITE_STATUS_NAMES[s.status][lang]}
                  {s.areaHa !== undefined && ` · ${formatNumber(s.areaHa, lang)} ${t('unitHa')}`}
                  {km !== undefined && ` · ${formatKm(km, lang)} ${t('unitKm')}`}
                </span>
                {props.pastDue.has(s.id) && <span className="result-flag">{t('listPastDue')}</span>}
                {missing.length > 0 && (
                  <span className="result-missing">
                    {t('noDataFor')} {missing.map(missingLabel).join(', ')}
                  </span>
                )}
              </button>
              <label className="compare-check">
                <input
                  type="checkbox"
                  aria-label={`${t('compare')}: ${props.nameOf(s.id)}`}
                  checked={inCompare}
                  disabled={!inCompare && props.compare.length >= 4}
                  onChange={() => props.onToggleCompare(s.id)}
                />
                <span aria-hidden="true">{t('compare')}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <button type="button" className="show-more" onClick={() => setPaging({ sites: props.sites, limit: limit + PAGE })}>
          {showMore(lang, Math.min(PAGE, hidden), hidden)}
        </button>
      )}
    </section>
  );
}
