// The embed builder: pick what to show, size, language and options; see it live; copy the code.
import { Panel } from '../../components/panel';
import { useId, useState } from 'react';
import type { UrlState } from '../../domain/url-state';
import { LANGUAGE_NAMES } from '../../i18n/enums';
import { translate, type Lang } from '../../i18n/lang';
import { embedSnippet, embedState, embedUrl, type EmbedOptions, type EmbedScope } from '../../view-model/embed-snippet';

interface EmbedBuilderProps {
  url: UrlState;
  lang: Lang;
  /** The languages the region offers. */
  languages: readonly Lang[];
  onClose: () => void;
}

function CopyField({ label, value, button, lang, multiline }: { label: string; value: string; button: string; lang: Lang; multiline?: boolean }) {
  const id = useId();
  const [note, setNote] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setNote(translate(lang, 'copied'));
    } catch {
      setNote(translate(lang, 'linkCopyFailed'));
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea id={id} readOnly value={value} rows={4} /> : <input id={id} readOnly value={value} />}
      <button type="button" onClick={() => void copy()}>
        {button}
      </button>{' '}
      <span role="status">{note}</span>
    </div>
  );
}

export default function EmbedBuilder({ url, lang, languages, onClose }: EmbedBuilderProps) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const [opts, setOpts] = useState<EmbedOptions>({
    scope: url.site ? 'site' : 'view',
    lang,
    wheel: false,
    size: { mode: 'responsive', height: 450 },
  });
  const set = (patch: Partial<EmbedOptions>) => setOpts((o) => ({ ...o, ...patch }));
  const state = embedState(url, opts);
  const src = embedUrl(window.location.href, state);
  const title = translate(opts.lang, 'embedFrameTitle');
  const snippet = embedSnippet(src, title, opts.size);
  const scopes: [EmbedScope, Parameters<typeof translate>[1]][] = [
    ['view', 'embedScopeView'],
    ['site', 'embedScopeSite'],
    ['filters', 'embedScopeFilters'],
  ];
  const number = (raw: string, fallback: number) => {
    const n = Math.round(Number(raw));
    return Number.isFinite(n) && n >= 100 && n <= 4000 ? n : fallback;
  };
  return (
    <Panel className="panel embed-builder" titleId="embed-title" title={t('embedTitle')} closeLabel={t('close')} onClose={onClose}>
      <fieldset>
        <legend>{t('embedScope')}</legend>
        {scopes.map(([scope, label]) => (
          <label key={scope} className="check">
            <input type="radio" name="embed-scope" checked={opts.scope === scope} disabled={scope === 'site' && !url.site} onChange={() => set({ scope })} />
            {t(label)}
          </label>
        ))}
        {!url.site && <p className="hint">{t('noSiteSelected')}</p>}
      </fieldset>
      <fieldset>
        <legend>{t('embedSize')}</legend>
        <label className="check">
          <input type="radio" name="embed-size" checked={opts.size.mode === 'responsive'} onChange={() => set({ size: { mode: 'responsive', height: opts.size.height } })} />
          {t('embedResponsive')}
        </label>
        <label className="check">
          <input type="radio" name="embed-size" checked={opts.size.mode === 'fixed'} onChange={() => set({ size: { mode: 'fixed', width: 640, height: opts.size.height } })} />
          {t('embedFixed')}
        </label>
        {opts.size.mode === 'fixed' && (
          <label className="number-input">
            {t('embedWidth')}
            <input type="number" min={300} max={4000} defaultValue={opts.size.width} onChange={(e) => opts.size.mode === 'fixed' && set({ size: { ...opts.size, width: number(e.target.value, opts.size.width) } })} />
          </label>
        )}
        <label className="number-input">
          {t('embedHeight')}
          <input type="number" min={250} max={4000} defaultValue={opts.size.height} onChange={(e) => set({ size: { ...opts.size, height: number(e.target.value, opts.size.height) } })} />
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('language')}</legend>
        {languages.map((l) => (
          <label key={l} className="check">
            <input type="radio" name="embed-lang" checked={opts.lang === l} onChange={() => set({ lang: l })} />
            {LANGUAGE_NAMES[l]}
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={opts.wheel} onChange={(e) => set({ wheel: e.target.checked })} />
        {t('embedWheel')}
      </label>
      <CopyField label={t('embedCode')} value={snippet} button={t('copyCode')} lang={lang} multiline />
      <CopyField label={t('embedLink')} value={src} button={t('copyLink')} lang={lang} />
      <h3>{t('embedPreview')}</h3>
      <iframe
        className="embed-preview"
        src={src}
        title={title}
        width={opts.size.mode === 'fixed' ? opts.size.width : '100%'}
        height={opts.size.height}
        loading="lazy"
        sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox"
      />
    </Panel>
  );
}
