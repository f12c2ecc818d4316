// The proposal draft lives in IndexedDB (a 50 MB file's text fits; localStorage would not), so a
// reload, a crash or a closed tab loses nothing. Without IndexedDB (private mode in some
// browsers) saving fails quietly and the page says drafts are not kept.
import type { FeatureCollection } from 'geojson';

export interface Draft {
  version: 1;
  savedAt: string;
  /**
   * What the user gave us: pasted text, or a file. A file's text is written by the validation
   * worker under its own key (`stored`), so tens of megabytes never cross the main thread.
   */
  source?: { kind: 'file' | 'paste'; name?: string; text?: string; stored?: true };
  /** The boundary as drawn or edited on the map; takes precedence over `source`. */
  drawn?: FeatureCollection;
  form: Record<string, string>;
  /** Every retry of the same proposal sends the same key; a changed proposal gets a new one. */
  idempotencyKey: string;
  /** Fingerprint of the body last sent with `idempotencyKey`. */
  sentHash?: string;
  clientId: string;
}

const DB = 'parkatlas';
const STORE = 'drafts';
const KEY = 'proposal';
const SOURCE_KEY = 'proposal-source';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export const loadDraft = () => run<Draft | undefined>('readonly', (s) => s.get(KEY) as IDBRequest<Draft | undefined>);
export const saveDraft = (draft: Draft) => run('readwrite', (s) => s.put({ ...draft, savedAt: new Date().toISOString() }, KEY));
// One transaction: the draft and its file text go together, or neither does.
export const clearDraft = () =>
  run('readwrite', (s) => {
    s.delete(SOURCE_KEY);
    return s.delete(KEY);
  });

/** The uploaded file's (GeoJSON) text; IndexedDB works in workers too, where this is called. */
export const saveSourceText = (text: string) => run('readwrite', (s) => s.put(text, SOURCE_KEY));
export const loadSourceText = () => run<string | undefined>('readonly', (s) => s.get(SOURCE_KEY) as IDBRequest<string | undefined>);

export function newDraft(): Draft {
  return { version: 1, savedAt: new Date().toISOString(), form: {}, idempotencyKey: crypto.randomUUID(), clientId: crypto.randomUUID() };
}

/** Nothing typed, uploaded or drawn yet: not worth keeping or announcing. */
export function isEmptyDraft(d: Draft): boolean {
  return !d.source?.text && !d.source?.stored && !d.drawn && !Object.values(d.form).some((v) => v.trim() !== '');
}
