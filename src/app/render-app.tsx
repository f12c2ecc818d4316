// Renders the full app or the embed, loading only the one the link asks for.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

export async function renderApp(embed: boolean): Promise<void> {
  const root = document.getElementById('root');
  if (!root) return;
  // The first map (early-map.ts) draws before the app's modules, checks and panels take the main
  // thread. Loading them in parallel instead (download and evaluation) measured 1.30x vs 1.25x
  // the floor, same run: the panels follow the map by their download (one chunk and its imports).
  await import('../map/early-map').then((m) => m.firstMapSettled()).catch(() => undefined);
  if (!embed) {
    const { mountInvestorApp } = await import('../features/investor/investor-root');
    performance.mark('parkatlas:app-loaded');
    return mountInvestorApp(root);
  }
  const { EmbedApp } = await import('../features/embed/embed-app');
  performance.mark('parkatlas:app-loaded');
  createRoot(root).render(
    <StrictMode>
      <EmbedApp />
    </StrictMode>,
  );
}
