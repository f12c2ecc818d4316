// The proposal's draft: restored once on load, saved as the user works, cleared only by a receipt
// or "start over". What the user typed, uploaded or drew is never lost.
import { useEffect, useState } from 'react';
import { clearDraft, isEmptyDraft, loadDraft, newDraft, saveDraft, type Draft } from './draft-store';

/** A draft over this size (its file's text) is written after a pause: each write copies it. */
const LARGE_DRAFT_CHARS = 1_000_000;

export interface DraftState {
  /** Undefined until the stored draft has been read. */
  draft: Draft | undefined;
  setDraft: (update: (d: Draft) => Draft) => void;
  patchDraft: (patch: Partial<Draft>) => void;
  /** When the restored draft was saved (undefined when the page started empty). */
  restoredAt: string | undefined;
  /** False where drafts cannot be kept (no IndexedDB: some private modes). */
  saving: boolean;
  /** When the draft on screen was last written (undefined until it has been). */
  savedAt: Date | undefined;
  /** Drop the draft: after a receipt, or when the user starts over. */
  discard: () => Promise<void>;
}

/** `onRestored` re-checks a restored draft's boundary (a failed check must not lose the draft). */
export function useDraft(onRestored: (draft: Draft) => void): DraftState {
  const [draft, setDraftState] = useState<Draft>();
  const [restoredAt, setRestoredAt] = useState<string>();
  const [saving, setSaving] = useState(true);
  // Which draft the last completed write holds: "saved" is shown only for the draft on screen.
  const [saved, setSaved] = useState<{ draft: Draft; at: Date }>();

  useEffect(() => {
    let cancelled = false;
    loadDraft()
      .then((stored) => {
        if (cancelled) return;
        if (!stored || isEmptyDraft(stored)) return setDraftState(newDraft());
        setDraftState(stored);
        setRestoredAt(stored.savedAt);
        onRestored(stored);
      })
      .catch(() => {
        // No IndexedDB at all: work on, and say drafts are not kept.
        setSaving(false);
        setDraftState(newDraft());
      });
    return () => {
      cancelled = true;
    };
    // Only on first load; later changes come through setDraft.
  }, []);

  // At once for a typical draft, after a pause when it holds a large file. A reload, a crash or
  // a closed tab restores all of it; leaving the page before the pause is over still writes it.
  useEffect(() => {
    if (!draft || !saving) return;
    const write = () => {
      const done = isEmptyDraft(draft) ? clearDraft() : saveDraft(draft);
      void done.then(() => setSaved({ draft, at: new Date() }), () => setSaving(false));
    };
    const timer = window.setTimeout(write, (draft.source?.text?.length ?? 0) > LARGE_DRAFT_CHARS ? 500 : 0);
    window.addEventListener('pagehide', write);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', write);
    };
  }, [draft, saving]);

  const setDraft = (update: (d: Draft) => Draft) => setDraftState((d) => (d ? update(d) : d));
  return {
    draft,
    setDraft,
    patchDraft: (patch) => setDraft((d) => ({ ...d, ...patch })),
    restoredAt,
    saving,
    savedAt: saved && saved.draft === draft && draft && !isEmptyDraft(draft) ? saved.at : undefined,
    discard: async () => {
      await clearDraft().catch(() => undefined);
      setDraftState(newDraft());
      setRestoredAt(undefined);
    },
  };
}
