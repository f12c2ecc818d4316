// Three ways in: a file (picked or dropped), pasted text, or a boundary drawn on the map.
import { useId, useState } from 'react';
import { translate, type Lang } from '../../i18n/lang';
import type { Stage } from './validate-worker';
import type { DrawMode } from './proposal-map';

export type InputTab = 'file' | 'paste' | 'draw';

interface InputPanelProps {
  tab: InputTab;
  lang: Lang;
  pasteText: string;
  stage: Stage | undefined;
  drawMode: DrawMode;
  canEdit: boolean;
  /** Why editing on the map is not offered, when it is not. */
  editBlockedNote?: string | undefined;
  onTab: (tab: InputTab) => void;
  onFile: (file: File) => void;
  onPasteChange: (text: string) => void;
  onPasteCheck: (text: string) => void;
  onDrawMode: (mode: DrawMode) => void;
  onClearDrawing: () => void;
}

const STAGE_TEXT = {
  reading: 'stageReading',
  converting: 'stageConverting',
  parsing: 'stageParsing',
  checking: 'stageChecking',
  measuring: 'stageMeasuring',
} as const;
const STAGE_ORDER: Stage[] = ['reading', 'converting', 'parsing', 'checking', 'measuring'];

export function InputPanel(props: InputPanelProps) {
  const { lang } = props;
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const fileId = useId();
  const pasteId = useId();
  const [dragging, setDragging] = useState(false);
  const tabs: [InputTab, Parameters<typeof translate>[1]][] = [
    ['file', 'inputFile'],
    ['paste', 'inputPaste'],
    ['draw', 'inputDraw'],
  ];
  return (
    <section className="input-panel" aria-label={t('proposeTitle')}>
      <div className="input-tabs" role="group">
        {tabs.map(([tab, label]) => (
          <button key={tab} type="button" aria-pressed={props.tab === tab} onClick={() => props.onTab(tab)}>
            {t(label)}
          </button>
        ))}
      </div>
      {props.tab === 'file' && (
        <div
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            const file = e.dataTransfer.files[0];
            if (file) props.onFile(file);
          }}
        >
          <label htmlFor={fileId}>{t('chooseFile')}</label>
          <input
            id={fileId}
            type="file"
            accept=".geojson,.json,.kml,.zip,application/geo+json,application/json,application/vnd.google-earth.kml+xml,application/zip"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) props.onFile(file);
              e.target.value = '';
            }}
          />
        </div>
      )}
      {props.tab === 'paste' && (
        <div className="paste">
          <label htmlFor={pasteId}>{t('pasteLabel')}</label>
          <textarea id={pasteId} rows={6} value={props.pasteText} onChange={(e) => props.onPasteChange(e.target.value)} spellCheck={false} />
          <button type="button" onClick={() => props.onPasteCheck(props.pasteText)}>
            {t('checkText')}
          </button>
        </div>
      )}
      {props.tab === 'draw' && (
        <div className="draw-tools">
          <button type="button" aria-pressed={props.drawMode === 'draw'} onClick={() => props.onDrawMode('draw')}>
            {t('drawStart')}
          </button>
          <button type="button" aria-pressed={props.drawMode === 'edit'} disabled={!props.canEdit && props.drawMode !== 'draw'} onClick={() => props.onDrawMode('edit')}>
            {t('drawEdit')}
          </button>
          <button type="button" onClick={props.onClearDrawing}>
            {t('drawClear')}
          </button>
          <p className="hint">{t('drawHint')}</p>
        </div>
      )}
      {props.tab !== 'draw' && props.canEdit && (
        <button type="button" className="link" onClick={() => props.onDrawMode('edit')}>
          {t('editOnMap')}
        </button>
      )}
      {props.editBlockedNote && <p className="hint">{props.editBlockedNote}</p>}
      {props.stage && (
        <div className="progress">
          <progress max={STAGE_ORDER.length} value={STAGE_ORDER.indexOf(props.stage) + 1} aria-label={t(STAGE_TEXT[props.stage])} />
          <span role="status">{t(STAGE_TEXT[props.stage])}</span>
        </div>
      )}
    </section>
  );
}
