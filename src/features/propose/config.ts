// Where proposals go. A deployment sets it at build time (VITE_SUBMISSIONS_URL) or, without a
// rebuild, in config.json beside index.html. Neither set: the demo, answered in the browser.
export interface ProposeConfig {
  submissionsUrl: string | null;
}

export async function loadConfig(): Promise<ProposeConfig> {
  const built = import.meta.env.VITE_SUBMISSIONS_URL || null;
  try {
    const response = await fetch(new URL('config.json', document.baseURI), { cache: 'no-store' });
    if (!response.ok) return { submissionsUrl: built };
    const json = (await response.json()) as { submissionsUrl?: unknown };
    const runtime = typeof json.submissionsUrl === 'string' && /^https?:\/\//.test(json.submissionsUrl) ? json.submissionsUrl : null;
    return { submissionsUrl: runtime ?? built };
  } catch {
    return { submissionsUrl: built };
  }
}

/** The demo endpoint, on this page's own path, answered by the mock service worker. */
export const demoSubmissionsUrl = () => new URL('api/submissions', document.baseURI).href;
