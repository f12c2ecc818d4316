// Every problem at once, each with where it is; a click on a located problem shows it on the map.
import type { ValidationIssue } from '../../domain/validation';
import { issueMessage } from '../../i18n/issue-message';
import { translate, type Lang } from '../../i18n/lang';

interface IssueListProps {
  issues: ValidationIssue[];
  lang: Lang;
  onLocate: (issue: ValidationIssue) => void;
}

export function IssueList({ issues, lang, onLocate }: IssueListProps) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const errors = issues.filter((i) => i.severity === 'error').length;
  const warnings = issues.length - errors;
  if (!issues.length) return <p className="ok-note">{t('noProblems')}</p>;
  return (
    <section className="issues" aria-labelledby="issues-title">
      <h2 id="issues-title">
        {t('problems')} — {t('errorsCount')}: {errors}, {t('warningsCount')}: {warnings}
      </h2>
      <ul aria-label={t('problems')}>
        {issues.map((issue, i) => {
          const located = !!(issue.location || issue.bbox);
          const message = issueMessage(issue, lang);
          const body = (
            <>
              <span className={`severity ${issue.severity}`}>{issue.severity === 'error' ? '✖' : '⚠'}</span>{' '}
              <span className="issue-message">{message}</span>{' '}
              <code className="issue-code">{issue.code}</code>
              {issue.path && <span className="issue-path"> {issue.path}</span>}
            </>
          );
          return (
            <li key={`${issue.code}-${issue.path}-${i}`} data-code={issue.code} data-severity={issue.severity}>
              {located ? (
                <button type="button" className="issue" onClick={() => onLocate(issue)} aria-label={`${message} (${t('showOnMap')})`}>
                  {body}
                </button>
              ) : (
                <span className="issue">{body}</span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
