// Mounts useUrlState in a real page so a test can drive it and read it (test/browser/modules.test.ts).
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { useUrlState } from '../../../src/components/use-url-state';
import type { UrlState } from '../../../src/domain/url-state';

type Update = ReturnType<typeof useUrlState>[1];
declare global {
  interface Window {
    hook?: { state: UrlState; update: Update };
  }
}

function Probe({ write }: { write: boolean }) {
  const [state, update] = useUrlState(write);
  useEffect(() => {
    window.hook = { state, update };
  });
  return null;
}

export function mount(write: boolean): void {
  flushSync(() => createRoot(document.getElementById('root')!).render(<Probe write={write} />));
}
