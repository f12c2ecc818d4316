// Share, export and overview: what an investor does with the current set.
import { useRef, useState } from 'react';
import { translate, type Lang } from '../../i18n/lang';

interface ToolbarProps {
  lang: Lang;
  overviewOpen: boolean;
  onOverview: () => void;
  onExport: (format: 'geojson' | 'csv') => void;
  builderOpen: boolean;
  onEmbed: () => void;
}

export function Toolbar({ lang, overviewOpen, onOverview, onExport, builderOpen, onEmbed }: ToolbarProps) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const [shareNote, setShareNote] = useState<string>();
  const menu = useRef<HTMLDetailsElement>(null);
  const exportAs = (format: 'geojson' | 'csv') => {
    menu.current?.removeAttribute('open');
    onExport(format);
  };
  const share = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setShareNote(t('linkCopied'));
    } catch {
      setShareNote(t('linkCopyFailed'));
    }
    window.setTimeout(() => setShareNote(undefined), 4000);
  };
  return (
    <div className="toolbar">
      <button type="button" aria-pressed={overviewOpen} onClick={onOverview}>
        {t('overview')}
      </button>
      <button type="button" onClick={() => void share()}>
        {t('share')}
      </button>
      <button type="button" aria-pressed={builderOpen} onClick={onEmbed}>
        {t('embed')}
      </button>
      <details className="export-menu" ref={menu}>
        <summary>{t('exportData')}</summary>
        <div className="menu">
          <button type="button" onClick={() => exportAs('geojson')}>
            {t('exportGeoJson')}
          </button>
          <button type="button" onClick={() => exportAs('csv')}>
            {t('exportCsv')}
          </button>
        </div>
      </details>
      <a className="toolbar-link" href={`./propose.html${lang === 'en' ? '?lang=en' : ''}`}>
        {t('proposeTitle')}
      </a>
      <span className="share-note" role="status">
        {shareNote}
      </span>
    </div>
  );
}
