// Sending the proposal: the final check in the worker, the Idempotency-Key policy, the demo
// receiver when no endpoint is configured, and the outcome the page explains. The draft is
// dropped only when a receipt arrives.
import { useRef, useState } from 'react';
import type { ValidationContext, ValidationIssue } from '../../domain/validation';
import { coerceForm } from '../../view-model/proposal-form';
import { demoSubmissionsUrl, type ProposeConfig } from './config';
import type { Draft } from './draft-store';
import type { SendState } from './send-panel';
import { sendProposal } from './send';
import { idempotencyKeyFor, submitterFrom } from './submission';
import type { Validator } from './use-validator';

export interface SendApi {
  state: SendState;
  reset: () => void;
  /** Problems the final check found, for the draft they were found in. */
  finalIssues: (draft: Draft) => ValidationIssue[];
  /** The last checked proposal (GeoJSON text), offered for download when sending fails. */
  lastProposalJson: string | undefined;
  send: (draft: Draft, ready: boolean) => Promise<void>;
}

interface SendDeps {
  config: ProposeConfig;
  ctx: ValidationContext;
  validator: Validator;
  patchDraft: (patch: Partial<Draft>) => void;
  onAccepted: () => Promise<void>;
}

export function useSend({ config, ctx, validator, patchDraft, onAccepted }: SendDeps): SendApi {
  const [state, setState] = useState<SendState>({ kind: 'idle' });
  /**
   * Problems the check before sending found, with the draft they were found in: shown only while
   * the boundary is still that draft's (a new file, paste or drawing makes them stale). Edits of
   * the passport keep them: a fix of one field must not hide the others.
   */
  const [finalCheck, setFinalCheck] = useState<{ draft: Draft; issues: ValidationIssue[] }>();
  const lastProposal = useRef<string>(undefined);
  const demo = !config.submissionsUrl;

  const sendDraft = async (draft: Draft) => {
    const properties = coerceForm(draft.form);
    const envelope = { clientId: draft.clientId, submitter: submitterFrom(properties) };
    const final = await validator.run({ type: 'finalize', properties, envelope, context: ctx });
    if (!final.result.ok || !final.body || !final.hash) {
      setFinalCheck({ draft, issues: final.result.issues });
      return setState({ kind: 'blocked' });
    }
    setFinalCheck(undefined);
    const idempotencyKey = idempotencyKeyFor(draft, final.hash, () => crypto.randomUUID());
    patchDraft({ idempotencyKey, sentHash: final.hash });
    lastProposal.current = final.json ?? undefined;
    if (demo) await import('./demo-api').then((m) => m.startDemoReceiver(ctx));
    const outcome = await sendProposal(config.submissionsUrl ?? demoSubmissionsUrl(), final.body, idempotencyKey, {
      onAttempt: (attempt) => setState({ kind: 'sending', attempt }),
    });
    if (outcome.kind === 'accepted') await onAccepted();
    setState({ kind: 'done', outcome, demo });
  };

  return {
    state,
    reset: () => setState({ kind: 'idle' }),
    finalIssues: (draft) => (finalCheck && finalCheck.draft.drawn === draft.drawn && finalCheck.draft.source === draft.source ? finalCheck.issues : []),
    lastProposalJson: lastProposal.current,
    send: async (draft, ready) => {
      if (!ready) return setState({ kind: 'blocked' });
      setState({ kind: 'sending' });
      try {
        await sendDraft(draft);
      } catch {
        // Whatever broke (the worker, the demo module offline), Send stays usable and the draft kept.
        setState({ kind: 'done', outcome: { kind: 'failed', reason: 'broken' }, demo });
      }
    },
  };
}
