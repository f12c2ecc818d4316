// Sending and what came of it: a receipt, or what went wrong with the draft kept, a retry and
// the validated proposal as a file to send another way.
import type { SendOutcome } from './send';
import { saveFile } from '../../io/save-file';
import { issueMessage } from '../../i18n/issue-message';
import { translate, type Lang } from '../../i18n/lang';

export type SendState =
  | { kind: 'idle' }
  | { kind: 'blocked' }
  | { kind: 'sending'; attempt?: number }
  | { kind: 'done'; outcome: SendOutcome; demo: boolean };

const FAILURE = {
  offline: 'failedOffline',
  timeout: 'failedTimeout',
  server: 'failedServer',
  rate_limited: 'failedRateLimited',
  too_large: 'failedTooLarge',
  conflict: 'failedConflict',
  refused: 'failedRefused',
  broken: 'failedBroken',
} as const;

interface SendPanelProps {
  state: SendState;
  lang: Lang;
  ready: boolean;
  onSend: () => void;
  downloadJson: string | undefined;
}

export function SendPanel({ state, lang, ready, onSend, downloadJson }: SendPanelProps) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const outcome = state.kind === 'done' ? state.outcome : undefined;
  const download = () => {
    if (downloadJson) saveFile(downloadJson, 'application/geo+json', `parkatlas-proposal-${new Date().toISOString().slice(0, 10)}.geojson`);
  };
  return (
    <section className="send-panel" aria-live="polite">
      <button type="button" className="primary" onClick={onSend} disabled={state.kind === 'sending'}>
        {state.kind === 'sending' ? t('sending') : outcome && outcome.kind === 'failed' ? t('retry') : t('send')}
      </button>
      {state.kind === 'blocked' && !ready && <p className="field-problem">{t('fixFirst')}</p>}
      {outcome?.kind === 'accepted' && (
        <p className="receipt" role="status">
          {state.kind === 'done' && state.demo ? t('receiptDemo') : t('receipt')} <strong>{outcome.id}</strong>
        </p>
      )}
      {outcome?.kind === 'rejected' && (
        <div role="alert">
          <p>{t('rejectedByServer')}</p>
          <ul>
            {outcome.issues.map((i, n) => (
              <li key={n}>{issueMessage(i, lang)}</li>
            ))}
          </ul>
          <p>{t('draftKept')}</p>
        </div>
      )}
      {outcome?.kind === 'failed' && (
        <div role="alert" className="send-failed">
          <p>
            {t(FAILURE[outcome.reason])} {t('draftKept')}
          </p>
          {downloadJson && (
            <button type="button" onClick={download}>
              {t('downloadProposal')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
