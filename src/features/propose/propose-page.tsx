// The proposal page: what is shown and what each control does. The draft (use-draft.ts), sending
// (use-send.ts) and the checks (use-validator.ts, in a worker) are hooks; components stay thin.
import { useMemo, useState, type ReactNode } from 'react';
import type { FeatureCollection } from 'geojson';
import { IssueList } from './issue-list';
import { ProposalForm } from './proposal-form';
import { ProposalMap, type DrawMode, type FocusRequest } from './proposal-map';
import { SendPanel } from './send-panel';
import { InputPanel, type InputTab } from './input-panel';
import { SitePanelPreview } from './site-panel-preview';
import type { SiteDerived } from '../../domain/schema/derived';
import { DEFAULT_MAX_BYTES, validationContext, type ValidationContext, type ValidationResult } from '../../domain/validation';
import { localized, translate, type Lang } from '../../i18n/lang';
import { formatMoment } from '../../i18n/format';
import { fieldProblems, prefillFromProperties, type FieldKey } from '../../view-model/proposal-form';
import type { LoadedRegion } from '../../io/load-region';
import { useMapLayersData } from '../../components/use-map-layers-data';
import type { ProposeConfig } from './config';
import type { Draft } from './draft-store';
import { useDraft } from './use-draft';
import { useSend } from './use-send';
import { useValidator } from './use-validator';
import { boundsOf, issuePoints } from './proposal-geometry';

interface Checked {
  result: Omit<ValidationResult, 'proposal'>;
  display?: FeatureCollection;
  thinned?: true;
  derived?: SiteDerived;
}

interface ProposePageProps {
  data: LoadedRegion;
  config: ProposeConfig;
  lang: Lang;
  languageSwitch: ReactNode;
}

export function ProposePage({ data, config, lang, languageSwitch }: ProposePageProps) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const { region } = data;
  const municipalityShapes = useMemo(() => data.municipalities.map((m) => ({ id: m.properties.id, geometry: m.geometry })), [data]);
  const validator = useValidator(data.infrastructure, municipalityShapes);
  // Not the language: issues are worded where they are shown, so a switch re-checks nothing.
  const ctx: ValidationContext = useMemo(() => validationContext(data, { requireProperties: false }), [data]);
  // Context for drawing: every site and the region's layers, as investors see them.
  const layers = useMapLayersData(data, data.sites, undefined, undefined);
  const municipalities = useMemo(
    () =>
      data.municipalities
        .map((m) => ({ id: m.properties.id, name: localized(m.properties.name, lang) }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [data, lang],
  );

  const [tab, setTab] = useState<InputTab>('file');
  const [checked, setChecked] = useState<Checked>();
  const [drawMode, setDrawMode] = useState<DrawMode>('off');
  const [focus, setFocus] = useState<FocusRequest>();
  const [touched, setTouched] = useState(false);
  const [prefilled, setPrefilled] = useState(false);
  // One collection per result: the map re-sends its issue markers only when they change.
  const issueMarkers = useMemo(() => issuePoints(checked?.result.issues ?? []), [checked]);

  /** A file or draft the worker could not read at all: one issue saying why. */
  const showUnreadable = (message: string) =>
    setChecked({ result: { ok: false, issues: [{ code: 'not_geojson', severity: 'error', path: '', params: { what: 'unreadable', detail: message } }] } });
  const show = (c: Checked) => {
    setChecked(c);
    const bbox = c.display && c.result.metrics?.length ? boundsOf(c.display) : undefined;
    if (bbox) setFocus({ bbox, seq: Date.now() });
  };

  /** A restored draft's boundary is checked again; a failed check only shows an error. */
  const recheck = async (saved: Draft) => {
    try {
      if (saved.drawn) {
        setTab('draw');
        show(await validator.run({ type: 'validate-geojson', value: saved.drawn, context: ctx }));
      } else if (saved.source?.stored) {
        setTab('file');
        show(await validator.run({ type: 'validate-stored', context: ctx }));
      } else if (saved.source?.text) {
        setTab('paste');
        show(await validator.run({ type: 'validate-text', text: saved.source.text, context: ctx }));
      }
    } catch (e) {
      showUnreadable((e as Error).message);
    }
  };
  const { draft, setDraft, patchDraft, restoredAt, saving: draftSaving, savedAt, discard } = useDraft((saved) => void recheck(saved));
  /** A sent or abandoned proposal: the draft goes, the page starts empty. */
  const clearProposal = async () => {
    await discard();
    setChecked(undefined);
    // A fresh form starts clean: its empty required fields are not errors until the user acts.
    setTouched(false);
    setPrefilled(false);
  };
  const sending = useSend({ config, ctx, validator, patchDraft, onAccepted: clearProposal });

  if (!draft) return <p className="status-screen">{t('loading')}</p>;
  // Only empty fields are filled from the file, against the latest form: what the user typed
  // while the file was being checked is never overwritten.
  const prefill = (fc: FeatureCollection | undefined) => {
    const fromFile = prefillFromProperties(fc?.features[0]?.properties);
    if (!Object.keys(fromFile).length) return;
    setPrefilled(true);
    setDraft((d) => ({ ...d, form: { ...fromFile, ...Object.fromEntries(Object.entries(d.form).filter(([, v]) => v)) } }));
  };

  const onFile = async (file: File) => {
    sending.reset();
    setDrawMode('off');
    if (file.size > DEFAULT_MAX_BYTES) {
      const params = { bytes: file.size, maxBytes: DEFAULT_MAX_BYTES };
      setChecked({
        result: { ok: false, issues: [{ code: 'file_too_large', severity: 'error', path: '', params }] },
      });
      return;
    }
    let answer;
    try {
      answer = await validator.run({ type: 'validate-file', file, context: ctx });
    } catch (e) {
      // A file that is not what its name says (a broken KML, a .kmz): say what to do instead.
      const message = (e as Error).message;
      showUnreadable(message);
      return;
    }
    show(answer);
    prefill(answer.display);
    patchDraft({ drawn: undefined, source: answer.stored ? { kind: 'file', name: file.name, stored: true } : undefined });
  };
  const onPasteCheck = async (text: string) => {
    sending.reset();
    setDrawMode('off');
    patchDraft({ drawn: undefined, source: { kind: 'paste', text } });
    const answer = await validator.run({ type: 'validate-text', text, context: ctx });
    show(answer);
    prefill(answer.display);
  };
  const onDrawn = async (fc: FeatureCollection | undefined) => {
    sending.reset();
    patchDraft({ drawn: fc });
    if (!fc) return setChecked(undefined);
    setChecked(await validator.run({ type: 'validate-geojson', value: fc, context: ctx }));
  };

  const problems = fieldProblems(draft.form, ctx, lang);
  const finalIssues = sending.finalIssues(draft);
  const geometryOk = !!checked?.result.ok && (checked.result.metrics?.length ?? 0) > 0;
  const formOk = Object.keys(problems).length === 0;
  const demo = !config.submissionsUrl;

  const submit = () => {
    setTouched(true);
    void sending.send(draft, geometryOk && formOk);
  };

  const startOver = () => {
    void clearProposal();
    sending.reset();
    setDrawMode('off');
  };

  return (
    <div className="propose">
      <header className="topbar">
        <h1>
          ParkAtlas <span className="region-name">{t('proposeTitle')}</span>
        </h1>
        <a className="back-link" href={`./${lang === 'en' ? '?lang=en' : ''}`}>
          {t('backToMap')}
        </a>
        {languageSwitch}
      </header>
      <div className="propose-body">
        <main className="propose-main">
          <p>{t('proposeIntro')}</p>
          {demo && <p className="demo-notice">{t('demoNotice')}</p>}
          {!draftSaving && <p className="notice-inline">{t('draftNotSaved')}</p>}
          {draftSaving && savedAt && (
            <p className="draft-status" role="status">
              {t('draftSaved')} {formatMoment(savedAt, lang)}
            </p>
          )}
          {restoredAt && (
            <p className="notice-inline" role="status">
              {t('draftRestored')} {formatMoment(new Date(restoredAt), lang, true)}.{' '}
              <button type="button" className="link" onClick={startOver}>
                {t('startOver')}
              </button>
            </p>
          )}
          <InputPanel
            tab={tab}
            lang={lang}
            pasteText={draft.source?.kind === 'paste' ? (draft.source.text ?? '') : ''}
            stage={validator.stage}
            drawMode={drawMode}
            canEdit={!!checked?.display && !checked.thinned}
            editBlockedNote={checked?.thinned ? t('editThinned') : undefined}
            onTab={(next) => {
              setTab(next);
              if (next !== 'draw') setDrawMode('off');
            }}
            onFile={(f) => void onFile(f)}
            onPasteChange={(text) => {
              // The last check was of the old text: sending must wait for a new one.
              setChecked(undefined);
              patchDraft({ source: { kind: 'paste', text } });
            }}
            onPasteCheck={(text) => void onPasteCheck(text)}
            onDrawMode={(mode) => {
              setTab('draw');
              setDrawMode(mode);
            }}
            onClearDrawing={() => {
              setDrawMode('off');
              void onDrawn(undefined);
            }}
          />
          {checked && (
            <IssueList
              issues={[...checked.result.issues, ...finalIssues.filter((f) => !checked.result.issues.some((i) => i.code === f.code && i.path === f.path))]}
              lang={lang}
              onLocate={(issue) => setFocus({ ...(issue.bbox ? { bbox: issue.bbox } : { point: issue.location }), seq: Date.now() })}
            />
          )}
          <ProposalForm
            values={draft.form}
            problems={problems}
            showProblems={touched}
            municipalities={municipalities}
            lang={lang}
            prefilled={prefilled}
            onChange={(key: FieldKey, value) => {
              setTouched(true);
              setDraft((d) => ({ ...d, form: { ...d.form, [key]: value } }));
            }}
          />
          {checked?.derived && (
            <SitePanelPreview form={draft.form} derived={checked.derived} lang={lang} municipalityName={(id) => municipalities.find((m) => m.id === id)?.name} />
          )}
          <SendPanel state={sending.state} lang={lang} ready={geometryOk && formOk} onSend={submit} downloadJson={sending.lastProposalJson} />
        </main>
        <div className="propose-map">
          <ProposalMap
            context={{ ...layers.context, sites: layers.sites, siteAreas: layers.siteAreas }}
            onlineBasemap={null}
            attribution={region.attribution}
            regionBbox={region.bbox}
            lang={lang}
            proposal={checked?.display}
            issuePoints={issueMarkers}
            drawMode={drawMode}
            editSeed={checked?.thinned ? undefined : checked?.display}
            focus={focus}
            onDrawn={(fc) => void onDrawn(fc)}
          />
        </div>
      </div>
    </div>
  );
}
