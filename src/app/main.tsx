// Picks the app for the link before loading it: an embed (`?embed=1`) never downloads the
// full app's list, builder or export code, and the full app never downloads embed-only code.
import { StrictMode, type ComponentType } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/pt-sans/400.css';
import '@fontsource/pt-sans/700.css';
import '../components/app.css';

const isEmbed = new URLSearchParams(window.location.search).get('embed') === '1';

async function start() {
  const root = document.getElementById('root');
  if (!root) return;
  // User Timing marks of the way to the first map, read by `npm run bench -- first-map`.
  performance.mark('parkatlas:main');
  const Entry: ComponentType = isEmbed ? (await import('./EmbedApp')).EmbedApp : (await import('./App')).App;
  performance.mark('parkatlas:app-loaded');
  createRoot(root).render(
    <StrictMode>
      <Entry />
    </StrictMode>,
  );
}

void start();
