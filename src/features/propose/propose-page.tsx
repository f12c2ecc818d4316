// The proposal page's state and flow. Components stay thin: input, map, issues, form, sending.
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { IssueList } from './issue-list';
import { ProposalForm } from './proposal-form';
import { ProposalMap, type DrawMode, type FocusRequest } from './proposal-map';
import { SendPanel, type SendState } from './send-panel';
import { InputPanel, type InputTab } from './input-panel';
import { SitePanelPreview } from './site-panel-preview';
import type { SiteDerived } from '../../domain/schema/derived';
import { DEFAULT_MAX_BYTES, type ValidationContext, type ValidationIssue, type ValidationResult } from '../../domain/validation';
import { localized, translate, type Lang } from '../../i18n/lang';
import { formatMoment } from '../../i18n/format';
import { coerceForm, fieldProblems, prefillFromProperties, type FieldKey } from '../../view-model/proposal-form';
import type { LoadedRegion } from '../../io/load-region';
import { useMapLayersData } from '../../components/use-map-layers-data';
import { demoSubmissionsUrl, type ProposeConfig } from './config';
import { clearDraft, isEmptyDraft, loadDraft, newDraft, saveDraft, type Draft } from './draft-store';
import { sendProposal } from './send';
import { useValidator } from './use-validator';

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

function issuePoints(issues: ValidationIssue[]): FeatureCollection {
  const features: Feature<Point>[] = [];
  for (const i of issues) {
    const at = i.location ?? (i.bbox ? ([(i.bbox[0] + i.bbox[2]) / 2, (i.bbox[1] + i.bbox[3]) / 2] as [number, number]) : undefined);
    if (at) features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { code: i.code, severity: i.severity } });
  }
  return { type: 'FeatureCollection', features };
}

export function ProposePage({ data, config, lang, languageSwitch }: ProposePageProps) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const { region } = data;
  const municipalityShapes = useMemo(() => data.municipalities.map((m) => ({ id: m.properties.id, geometry: m.geometry })), [data]);
  const validator = useValidator(data.infrastructure, municipalityShapes);
  const ctx: ValidationContext = useMemo(
    () => ({
      regionBbox: region.bbox,
      regionName: region.name,
      municipalityIds: data.municipalities.map((m) => m.properties.id),
      existingSites: data.sites.flatMap((s) =>
        s.geometry.type === 'Point' ? [] : [{ id: s.properties.id, name: s.properties.name, geometry: s.geometry }],
      ),
      requireProperties: false,
    }),
    // Not the language: issues are worded where they are shown, so a switch re-checks nothing.
    [data, region],
  );
  // Context for drawing: every site and the region's layers, as investors see them.
  const layers = useMapLayersData(data, data.sites, undefined, undefined);
  const municipalities = useMemo(
    () =>
      data.municipalities
        .map((m) => ({ id: m.properties.id, name: localized(m.properties.name, lang) }))
        .sort((a, b) => a.name.localeCompare(b.name, lang)),
    [data, lang],
  );

  const [draft, setDraft] = useState<Draft>();
  const [restoredAt, setRestoredAt] = useState<string>();
  const [draftSaving, setDraftSaving] = useState(true);
  const [tab, setTab] = useState<InputTab>('file');
  const [checked, setChecked] = useState<Checked>();
  const [drawMode, setDrawMode] = useState<DrawMode>('off');
  const [focus, setFocus] = useState<FocusRequest>();
  const [send, setSend] = useState<SendState>({ kind: 'idle' });
  const [touched, setTouched] = useState(false);
  const [prefilled, setPrefilled] = useState(false);
  /**
   * Problems the check before sending found, with the draft they were found in: shown only while
   * the boundary is still that draft's (a new file, paste or drawing makes them stale). Edits of
   * the passport keep them: a fix of one field must not hide the others; the form's own checks
   * update as the user types.
   */
  const [finalCheck, setFinalCheck] = useState<{ draft: Draft; issues: ValidationIssue[] }>();
  // One collection per result: the map re-sends its issue markers only when they change.
  const issueMarkers = useMemo(() => issuePoints(checked?.result.issues ?? []), [checked]);
  const lastBody = useRef<string>(undefined);

  /** A file or draft the worker could not read at all: one issue saying why. */
  const showUnreadable = (message: string) =>
    setChecked({ result: { ok: false, issues: [{ code: 'not_geojson', severity: 'error', path: '', params: { what: 'unreadable', detail: message } }] } });
  const show = (c: Checked) => {
    setChecked(c);
    const bbox = c.display && c.result.metrics?.length ? boundsOf(c.display) : undefined;
    if (bbox) setFocus({ bbox, seq: Date.now() });
  };

  // Restore the draft once: what the user typed, uploaded or drew is never lost.
  useEffect(() => {
    let cancelled = false;
    loadDraft()
      .then(async (saved) => {
        if (cancelled) return;
        if (!saved || isEmptyDraft(saved)) return setDraft(newDraft());
        setDraft(saved);
        setRestoredAt(saved.savedAt);
        // A failed re-check only shows an error: the restored draft stays as it is.
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
      })
      .catch(() => {
        // No IndexedDB at all (some private modes): work on, and say drafts are not kept.
        setDraftSaving(false);
        setDraft(newDraft());
      });
    return () => {
      cancelled = true;
    };
    // Only on first load; later changes come through the handlers below.
  }, []);

  // Save as the user works: at once for a typical draft, after a pause when it holds a large
  // file (each write copies it). A reload, a crash or a closed tab restores all of it.
  // Which draft the last completed write holds: "saved" is shown only for the draft on screen.
  const [saved, setSaved] = useState<{ draft: Draft; at: Date }>();
  useEffect(() => {
    if (!draft || !draftSaving) return;
    const large = (draft.source?.text?.length ?? 0) > 1_000_000;
    const write = () => {
      const done = isEmptyDraft(draft) ? clearDraft() : saveDraft(draft);
      void done.then(() => setSaved({ draft, at: new Date() }), () => setDraftSaving(false));
    };
    const timer = window.setTimeout(write, large ? 500 : 0);
    // Leaving the page before the pause is over still writes the draft.
    window.addEventListener('pagehide', write);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pagehide', write);
    };
  }, [draft, draftSaving]);

  if (!draft) return <p className="status-screen">{t('loading')}</p>;
  const patchDraft = (patch: Partial<Draft>) => setDraft((d) => (d ? { ...d, ...patch } : d));
  // Only empty fields are filled from the file, against the latest form: what the user typed
  // while the file was being checked is never overwritten.
  const prefill = (fc: FeatureCollection | undefined) => {
    const fromFile = prefillFromProperties(fc?.features[0]?.properties);
    if (!Object.keys(fromFile).length) return;
    setPrefilled(true);
    setDraft((d) => (d ? { ...d, form: { ...fromFile, ...Object.fromEntries(Object.entries(d.form).filter(([, v]) => v)) } } : d));
  };

  const onFile = async (file: File) => {
    setSend({ kind: 'idle' });
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
    setSend({ kind: 'idle' });
    setDrawMode('off');
    patchDraft({ drawn: undefined, source: { kind: 'paste', text } });
    const answer = await validator.run({ type: 'validate-text', text, context: ctx });
    show(answer);
    prefill(answer.display);
  };
  const onDrawn = async (fc: FeatureCollection | undefined) => {
    setSend({ kind: 'idle' });
    patchDraft({ drawn: fc });
    if (!fc) return setChecked(undefined);
    setChecked(await validator.run({ type: 'validate-geojson', value: fc, context: ctx }));
  };

  const problems = fieldProblems(draft.form, ctx, lang);
  const finalIssues =
    finalCheck && finalCheck.draft.drawn === draft.drawn && finalCheck.draft.source === draft.source ? finalCheck.issues : [];
  const geometryOk = !!checked?.result.ok && (checked.result.metrics?.length ?? 0) > 0;
  const formOk = Object.keys(problems).length === 0;
  const demo = !config.submissionsUrl;

  const submit = async () => {
    setTouched(true);
    if (!geometryOk || !formOk) return setSend({ kind: 'blocked' });
    setSend({ kind: 'sending' });
    try {
      await sendDraft(draft);
    } catch {
      // Whatever broke (the worker, the demo module offline), Send stays usable and the draft kept.
      setSend({ kind: 'done', outcome: { kind: 'failed', reason: 'broken' }, demo });
    }
  };

  const sendDraft = async (draft: Draft) => {
    const properties = coerceForm(draft.form);
    const final = await validator.run({ type: 'finalize', properties, context: ctx });
    if (!final.result.ok || !final.json) {
      setFinalCheck({ draft, issues: final.result.issues });
      return setSend({ kind: 'blocked' });
    }
    setFinalCheck(undefined);
    // The same proposal keeps its key (a retry is stored once); a changed one gets a new key,
    // or the receiver would refuse it as a conflicting repeat.
    const idempotencyKey = draft.sentHash && draft.sentHash !== final.hash ? crypto.randomUUID() : draft.idempotencyKey;
    patchDraft({ idempotencyKey, sentHash: final.hash ?? undefined });
    const submitter = {
      municipalityId: String(properties.municipalityId),
      name: String(properties.contactPerson),
      email: String(properties.email),
      ...(properties.phone ? { phone: String(properties.phone) } : {}),
    };
    const body = `{"clientId":${JSON.stringify(draft.clientId)},"submitter":${JSON.stringify(submitter)},"proposal":${final.json}}`;
    lastBody.current = final.json;
    if (demo) await import('./demo-api').then((m) => m.startDemoReceiver(ctx));
    const outcome = await sendProposal(config.submissionsUrl ?? demoSubmissionsUrl(), body, idempotencyKey, {
      onAttempt: (attempt) => setSend({ kind: 'sending', attempt }),
    });
    if (outcome.kind === 'accepted') {
      await clearProposal();
    }
    setSend({ kind: 'done', outcome, demo });
  };

  /** A sent or abandoned proposal: the draft goes, the page starts empty. */
  async function clearProposal() {
    await clearDraft().catch(() => undefined);
    setDraft(newDraft());
    setChecked(undefined);
    setRestoredAt(undefined);
  }

  const startOver = () => {
    void clearProposal();
    setSend({ kind: 'idle' });
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
          {draftSaving && saved?.draft === draft && !isEmptyDraft(draft) && (
            <p className="draft-status" role="status">
              {t('draftSaved')} {formatMoment(saved.at, lang)}
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
              setDraft((d) => (d ? { ...d, form: { ...d.form, [key]: value } } : d));
            }}
          />
          {checked?.derived && (
            <SitePanelPreview form={draft.form} derived={checked.derived} lang={lang} municipalityName={(id) => municipalities.find((m) => m.id === id)?.name} />
          )}
          <SendPanel
            state={send}
            lang={lang}
            ready={geometryOk && formOk}
            onSend={() => void submit()}
            downloadJson={lastBody.current}
          />
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

function boundsOf(fc: FeatureCollection): [number, number, number, number] | undefined {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number' && typeof c[1] === 'number') {
      w = Math.min(w, c[0]);
      e = Math.max(e, c[0]);
      s = Math.min(s, c[1]);
      n = Math.max(n, c[1]);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of fc.features) if (f.geometry && 'coordinates' in f.geometry) visit(f.geometry.coordinates);
  return Number.isFinite(w) && Math.abs(w) <= 180 && Math.abs(n) <= 90 ? [w, s, e, n] : undefined;
}
