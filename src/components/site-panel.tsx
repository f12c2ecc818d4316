// The site passport. Every value is rendered as React text, never as HTML.
import { Panel } from './panel';
import { midSentence } from '../i18n/format';
import { translate, type Lang } from '../i18n/lang';
import type { Passport, PassportRow, PassportSource } from '../view-model/passport';

function Value({ row, lang }: { row: PassportRow; lang: Lang }) {
  if (row.value === null) {
    return (
      <>
        <span className="no-data">{translate(lang, 'noData')}</span>
        {row.note && <span className="row-note">{row.note}</span>}
      </>
    );
  }
  return (
    <>
      {row.href ? (
        <a href={row.href} {...(row.href.startsWith('https:') ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
          {row.value}
        </a>
      ) : (
        row.value
      )}
      {row.approximate && <span className="approx"> ({translate(lang, 'approximate')})</span>}
      {row.note && <span className="row-note">{row.note}</span>}
    </>
  );
}

/** In print, empty rows fold into one line per group: the factsheet stays one page, gaps stay visible. */
function MissingSummary({ labels, lang }: { labels: string[]; lang: Lang }) {
  if (!labels.length) return null;
  return (
    <p className="missing-summary" aria-hidden="true">
      {translate(lang, 'noData')}: {labels.map(midSentence).join(', ')}
    </p>
  );
}

/** The passport's field groups; shared by the site panel and the proposal preview. */
export function PassportGroups({ passport, lang }: { passport: Passport; lang: Lang }) {
  return (
    <div className="passport-groups">
      {passport.groups.map((g) => (
        <section key={g.key} className="passport-group" data-group={g.key}>
          <h3>{g.title}</h3>
          <dl>
            {g.rows.map((row) => (
              <div key={row.label} className={row.value === null && !row.note ? 'row missing' : 'row'}>
                <dt>{row.label}</dt>
                <dd>
                  <Value row={row} lang={lang} />
                </dd>
              </div>
            ))}
          </dl>
          <MissingSummary labels={g.rows.filter((r) => r.value === null && !r.note).map((r) => r.label)} lang={lang} />
        </section>
      ))}
    </div>
  );
}

function SourceList({ sources, lang }: { sources: PassportSource[]; lang: Lang }) {
  return (
    <ol className="sources">
      {sources.map((s, i) => (
        <li key={i}>
          {s.url ? (
            <a href={s.url} target="_blank" rel="noopener noreferrer">
              {s.title}
            </a>
          ) : (
            s.title
          )}
          {s.address && <span className="source-address"> — {s.address}</span>}{' '}
          <span className="accessed">
            ({translate(lang, 'accessed')} {s.accessed})
          </span>
        </li>
      ))}
    </ol>
  );
}

interface SitePanelProps {
  passport: Passport;
  lang: Lang;
  inCompare: boolean;
  compareFull: boolean;
  /** A snapshot of the map for the printed factsheet. */
  printImage: string | undefined;
  onToggleCompare: () => void;
  onPrint: () => void;
  onClose: () => void;
}

export function SitePanel({ passport, lang, inCompare, compareFull, printImage, onToggleCompare, onPrint, onClose }: SitePanelProps) {
  return (
    <Panel as="aside" className="panel site-panel" titleId="site-name" title={passport.name} closeLabel={translate(lang, 'close')} onClose={onClose} focusKey={passport.name}>
      <p className="precision">{passport.precisionNote}</p>
      {passport.yearNote && <p className="precision year-note">{passport.yearNote}</p>}
      <div className="panel-actions">
        <label className="check">
          <input type="checkbox" checked={inCompare} disabled={!inCompare && compareFull} onChange={onToggleCompare} />
          {translate(lang, 'compare')}
        </label>
        <button type="button" onClick={onPrint}>
          {translate(lang, 'print')}
        </button>
      </div>
      {printImage && (
        <figure className="factsheet-map">
          <img src={printImage} alt={`${translate(lang, 'factsheetMap')}: ${passport.name}`} />
          <figcaption>{translate(lang, 'factsheetMap')}</figcaption>
        </figure>
      )}
      <PassportGroups passport={passport} lang={lang} />
      {passport.timeline.length > 0 && (
        <section className="passport-group" data-group="groupTimeline">
          <h3>{translate(lang, 'groupTimeline')}</h3>
          <ol className="timeline">
            {passport.timeline.map((e, i) => (
              <li key={i}>
                <span className="event-date">{e.date}</span> <span className="event-kind">{e.kind}</span>
                {e.plan && (
                  <>
                    {' '}
                    <span className="plan-state" data-state={e.plan.state}>
                      {e.plan.label}
                    </span>
                  </>
                )}
                <p className="event-text">{e.text}</p>
                <SourceList sources={e.sources} lang={lang} />
              </li>
            ))}
          </ol>
        </section>
      )}
      <section className="passport-group" data-group="groupSources">
        <h3>{translate(lang, 'groupSources')}</h3>
        <SourceList sources={passport.sources} lang={lang} />
        <p className="as-of">
          {translate(lang, 'fieldAsOf')}: {passport.asOf}
        </p>
      </section>
    </Panel>
  );
}

interface ChooserProps {
  sites: { id: string; name: string }[];
  lang: Lang;
  onChoose: (id: string) => void;
  onClose: () => void;
}

/** Several markers under one click (sites known only to the same town): let the user pick. */
export function SiteChooser({ sites, lang, onChoose, onClose }: ChooserProps) {
  return (
    <Panel as="aside" className="panel site-chooser" titleId="chooser-title" title={translate(lang, 'sitesHere')} closeLabel={translate(lang, 'close')} onClose={onClose}>
      <ul>
        {sites.map((s) => (
          <li key={s.id}>
            <button type="button" onClick={() => onChoose(s.id)}>
              {s.name}
            </button>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
