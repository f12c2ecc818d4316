// The proposal draft lives in IndexedDB (a 50 MB file's text fits; localStorage would not), so a
// reload, a crash or a closed tab loses nothing. Without IndexedDB (private mode in some
// browsers) saving fails quietly and the page says drafts are not kept.
import type { FeatureCollection } from 'geojson';

export interface Draft {
  version: 1;
  savedAt: string;
  /** What the user gave us: a file's text, pasted text, or nothing yet. */
  source?: { kind: 'file' | 'paste'; name?: string; text: string };
  /** The boundary as drawn or edited on the map; takes precedence over `source`. */
  drawn?: FeatureCollection;
  form: Record<string, string>;
  /** One per draft: every retry of the same draft sends the same key. */
  idempotencyKey: string;
  clientId: string;
}

const DB = 'parkatlas';
const STORE = 'drafts';
const KEY = 'proposal';

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
export const clearDraft = () => run('readwrite', (s) => s.delete(KEY));

export function newDraft(): Draft {
  return { version: 1, savedAt: new Date().toISOString(), form: {}, idempotencyKey: crypto.randomUUID(), clientId: crypto.randomUUID() };
}

/** Nothing typed, uploaded or drawn yet: not worth keeping or announcing. */
export function isEmptyDraft(d: Draft): boolean {
  return !d.source?.text && !d.drawn && !Object.values(d.form).some((v) => v.trim() !== '');
}
