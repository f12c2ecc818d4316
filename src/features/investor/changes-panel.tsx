// «Что изменилось» / "What changed": the region's data between two releases, or from a release
// to the current data (the question a quarterly hearing starts with). On screen, printed on its
// own (app.css, print) and as CSV, all from the same rows (view-model/release-report.ts).
import { useEffect, useState } from 'react';
import { Panel } from '../../components/panel';
import { compareReleases, makeRelease, type Release } from '../../domain/releases';
import { formatDate } from '../../i18n/format';
import { translate, type Lang } from '../../i18n/lang';
import type { LoadedRegion } from '../../io/load-region';
import { REGION_ID, regionDataUrl } from '../../io/region-files';
import { releaseReader, type ReleaseReader } from '../../io/releases';
import { saveFile } from '../../io/save-file';
import { reportRows, type ReportRow } from '../../view-model/release-report';

interface ChangesPanelProps {
  data: LoadedRegion;
  lang: Lang;
  since: string | undefined;
  until: string | undefined;
  onRange: (since: string | undefined, until: string | undefined) => void;
  onClose: () => void;
}

type Loaded = { dates: string[]; since?: string; rows?: ReportRow[]; problem?: string };

async function load(data: LoadedRegion, lang: Lang, since: string | undefined, until: string | undefined, read: ReleaseReader): Promise<Loaded> {
  const dates = await read.dates();
  if (!dates.ok) return { dates: [], problem: dates.problem };
  const from = since ?? dates.value[dates.value.length - 1];
  if (!from) return { dates: [] };
  const before = await read.release(from);
  if (!before.ok) return { dates: dates.value, since: from, problem: before.problem };
  let after: Release;
  if (until) {
    const release = await read.release(until);
    if (!release.ok) return { dates: dates.value, since: from, problem: release.problem };
    after = release.value;
  } else {
    // The data as it is now, as a release dated by the data's own date.
    const infrastructure = await read.infrastructure();
    if (!infrastructure.ok) return { dates: dates.value, since: from, problem: infrastructure.problem };
    after = makeRelease(data.region.id, data.region.dataDate, data.sites.map((s) => s.properties), infrastructure.value);
  }
  return { dates: dates.value, since: from, rows: reportRows(compareReleases(before.value, after), lang) };
}

export function ChangesPanel({ data, lang, since, until, onRange, onClose }: ChangesPanelProps) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const [loaded, setLoaded] = useState<Loaded>();
  // Kept while the panel is open: a new range reads only the release it names.
  const [reader] = useState(() => releaseReader(regionDataUrl(REGION_ID, document.baseURI)));
  useEffect(() => {
    let live = true;
    setLoaded(undefined);
    void load(data, lang, since, until, reader).then((l) => live && setLoaded(l));
    return () => void (live = false);
  }, [data, lang, since, until, reader]);
  const csv = async () => {
    if (!loaded?.rows) return;
    const { reportCsv } = await import('../../view-model/release-csv');
    saveFile(reportCsv(loaded.rows), 'text/csv;charset=utf-8', `parkatlas-${data.region.id}-changes-${loaded.since}-${until ?? data.region.dataDate}.csv`);
  };
  return (
    <Panel className="panel changes-panel" titleId="changes-title" title={t('whatChanged')} closeLabel={t('close')} onClose={onClose}>
      {loaded && loaded.dates.length === 0 && !loaded.problem && <p className="hint">{t('noReleases')}</p>}
      {loaded && loaded.dates.length > 0 && (
        <div className="changes-range">
          <label>
            {t('releaseFrom')}{' '}
            <select value={loaded.since} onChange={(e) => onRange(e.target.value, until)}>
              {loaded.dates.map((d) => (
                <option key={d} value={d}>
                  {formatDate(d, lang)}
                </option>
              ))}
            </select>
          </label>{' '}
          <label>
            {t('releaseTo')}{' '}
            <select value={until ?? ''} onChange={(e) => onRange(loaded.since, e.target.value || undefined)}>
              {loaded.dates.map((d) => (
                <option key={d} value={d}>
                  {formatDate(d, lang)}
                </option>
              ))}
              {/* Not dated: the data's own date (when it was checked) may precede the last release. */}
              <option value="">{t('currentData')}</option>
            </select>
          </label>
        </div>
      )}
      {loaded?.problem && (
        <p className="status-message" role="alert">
          {loaded.problem}
        </p>
      )}
      {!loaded && (
        <p className="hint" role="status">
          {t('loadingReleases')}
        </p>
      )}
      {loaded?.rows && loaded.rows.length === 0 && <p>{t('noChanges')}</p>}
      {loaded?.rows && loaded.rows.length > 0 && (
        // A phone scrolls the table sideways rather than squeezing five columns into 375 px.
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="changes-title">
          <table className="changes-table">
            <thead>
              <tr>
                <th scope="col">{t('changeColumn')}</th>
                <th scope="col">{t('objectColumn')}</th>
                <th scope="col">{t('whatColumn')}</th>
                <th scope="col">{t('beforeColumn')}</th>
                <th scope="col">{t('afterColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {loaded.rows.map((r, i) => (
                <tr key={i} data-change={r.change}>
                  <td>{r.changeLabel}</td>
                  <td>{r.name}</td>
                  <td>{r.what}</td>
                  <td>{r.before}</td>
                  <td>{r.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {loaded?.rows && (
        <div className="panel-actions">
          <button type="button" onClick={() => window.print()}>
            {t('print')}
          </button>
          <button type="button" onClick={() => void csv()}>
            {t('exportCsv')}
          </button>
        </div>
      )}
    </Panel>
  );
}
