// "Предложить площадку": upload, paste or draw a boundary, fill the passport, check everything,
// send. The draft is saved as the user works and cleared only when a receipt arrives.
import { useEffect, useMemo, useState } from 'react';
import { LanguageSwitch } from '../../components/language-switch';
import { LoadFailedScreen, LoadingScreen } from '../../components/status-screens';
import { REGION_ID } from '../../io/region-files';
import { useDocumentLang } from '../../components/use-document-lang';
import { useRegion } from '../../components/use-region';
import { useUrlState } from '../../components/use-url-state';
import { loadConfig, type ProposeConfig } from './config';
import { ProposePage } from './propose-page';

export function ProposeApp() {
  const [url, update] = useUrlState();
  // Distances in the preview are derived from every infrastructure feature.
  const load = useRegion(REGION_ID, { infrastructure: true });
  const [config, setConfig] = useState<ProposeConfig>();
  const lang = useDocumentLang(url.lang, load.state === 'ready' ? load.data.region : undefined);
  useEffect(() => {
    void loadConfig().then(setConfig);
  }, []);
  const header = useMemo(
    () => <LanguageSwitch lang={lang} languages={load.state === 'ready' ? load.data.region.languages : []} onChange={(l) => update({ lang: l })} />,
    [lang, update, load],
  );
  // The proposal page checks against every layer: it waits for all of them.
  if (load.state === 'loading' || load.state === 'partial' || !config) return <LoadingScreen lang={lang} />;
  if (load.state === 'failed') return <LoadFailedScreen lang={lang} details={load.details} failure={load.failure} />;
  return <ProposePage data={load.data} config={config} lang={lang} languageSwitch={header} />;
}
