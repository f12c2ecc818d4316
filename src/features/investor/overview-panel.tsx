// Region overview for officials: counts and areas as small bar charts with the numbers as a table.
import { Panel } from '../../components/panel';
import type { Overview, OverviewGroup } from '../../view-model/overview';
import { formatNumber, withYear } from '../../i18n/format';
import { translate, type Lang } from '../../i18n/lang';

function GroupTable({ title, groups, lang, total }: { title: string; groups: OverviewGroup[]; lang: Lang; total: number }) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const max = Math.max(1, ...groups.map((g) => g.count));
  return (
    <table className="overview-table">
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col">{t('count')}</th>
          <th scope="col">{t('area')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g) => (
          <tr key={g.key}>
            <th scope="row">{g.label}</th>
            <td>
              <span className="bar" style={{ width: `${(g.count / max) * 5}rem` }} aria-hidden="true" />
              {g.count}
            </td>
            <td>
              {g.areaKnownCount ? formatNumber(g.areaHa, lang) : <span className="no-data">{t('noData')}</span>}
              {g.areaKnownCount > 0 && g.areaKnownCount < g.count && (
                <span className="known">
                  {' '}
                  ({t('knownFor')} {g.areaKnownCount} {t('of')} {g.count})
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" />
          <td>{total}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

export function OverviewPanel({ overview, lang, filtered, onClose, onChanges }: { overview: Overview; lang: Lang; filtered: boolean; onClose: () => void; onChanges: () => void }) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const { totals } = overview;
  const known = (value: number, count: number) =>
    count === 0 ? t('noData') : `${formatNumber(value, lang)} (${t('knownFor')} ${count} ${t('of')} ${totals.sites})`;
  return (
    <Panel className="panel overview-panel" titleId="overview-title" title={t('overview')} closeLabel={t('close')} onClose={onClose}>
      {filtered && <p className="hint">{t('overviewFollowsFilters')}</p>}
      <div className="panel-actions">
        <button type="button" onClick={onChanges}>
          {t('whatChanged')}
        </button>
      </div>
      <dl className="totals">
        <div>
          <dt>{t('count')}</dt>
          <dd>{totals.sites}</dd>
        </div>
        <div>
          <dt>{t('area')}</dt>
          <dd>{known(totals.areaHa, totals.areaKnownCount)}</dd>
        </div>
        <div>
          <dt>{t('fieldResidents')}</dt>
          <dd>{known(totals.residents, totals.residentsKnownCount)}</dd>
        </div>
        <div>
          <dt>{t('fieldJobs')}</dt>
          <dd>{known(totals.jobs, totals.jobsKnownCount)}</dd>
        </div>
      </dl>
      {overview.roadmap && <h3 className="overview-subtitle">{withYear(t('overviewRoadmap'), overview.roadmap.year)}</h3>}
      {overview.roadmap && (
        <dl className="totals roadmap-totals">
          <div>
            <dt>{withYear(t('overviewNotYetCreated'), overview.roadmap.year)}</dt>
            <dd>{overview.roadmap.notYetCreated}</dd>
          </div>
          <div>
            <dt>{withYear(t('overviewPlansDue'), overview.roadmap.year)}</dt>
            <dd>{overview.roadmap.due}</dd>
          </div>
          <div>
            <dt>{withYear(t('overviewPlansPastDue'), overview.roadmap.year)}</dt>
            <dd>{overview.roadmap.pastDue}</dd>
          </div>
        </dl>
      )}
      <GroupTable title={t('byStatus')} groups={overview.byStatus} lang={lang} total={totals.sites} />
      <GroupTable title={t('byKind')} groups={overview.byKind} lang={lang} total={totals.sites} />
      <GroupTable title={t('byMunicipality')} groups={overview.byMunicipality} lang={lang} total={totals.sites} />
    </Panel>
  );
}
