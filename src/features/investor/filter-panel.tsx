// Filters as a plain form: every control is labelled, reachable by keyboard, and writes the URL.
import { useId, useState, type InputHTMLAttributes } from 'react';
import { MEASURES, NUMERIC_FIELDS, type MeasureId } from '../../domain/filter-fields';
import type { SiteFilter } from '../../domain/filters';
import { YEARS } from '../../domain/url-state';
import type { NearTarget } from '../../domain/schema/vocabulary';
import { SITE_KINDS, SITE_STATUSES } from '../../domain/schema/site';
import { NEAR_TARGET_NAMES, SITE_KIND_NAMES, SITE_STATUS_NAMES } from '../../i18n/enums';
import { translate, type Lang } from '../../i18n/lang';

interface FilterPanelProps {
  filter: SiteFilter;
  lang: Lang;
  municipalities: { id: string; name: string }[];
  nearTargets: NearTarget[];
  onChange: (filter: SiteFilter) => void;
  onReset: () => void;
  /** The roadmap's year from the link, if it names one; else the data's year applies. */
  year: number | undefined;
  dataYear: number;
  onYearChange: (year: number | undefined) => void;
}

/** The numeric fields grouped by the value they bound: two fields of one value are a range. */
function measuresInPanel(): [MeasureId, (typeof NUMERIC_FIELDS)[number][]][] {
  const groups = new Map<MeasureId, (typeof NUMERIC_FIELDS)[number][]>();
  for (const field of NUMERIC_FIELDS) groups.set(field.measure, [...(groups.get(field.measure) ?? []), field]);
  return [...groups];
}

const toggle = <T,>(list: readonly T[], value: T) => (list.includes(value) ? list.filter((v) => v !== value) : [...list, value]);

/** An empty field clears the filter; a negative or non-number is ignored (the input is type=number). */
function parseNumber(raw: string): number | undefined {
  if (raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** A number field with its label: what the numeric filters and the year field share. */
function NumberField({ label, ...input }: { label: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  return (
    <span className="number-input">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="number" {...input} />
    </span>
  );
}

function NumberInput(props: { label: string; value: number | undefined; onChange: (v: number | undefined) => void; step?: string }) {
  return (
    <NumberField
      label={props.label}
      min={0}
      step={props.step ?? 'any'}
      inputMode="decimal"
      value={props.value ?? ''}
      onChange={(e) => props.onChange(parseNumber(e.target.value))}
    />
  );
}

/** A year field: what is typed stays while it is typed ("2", "20"...); only a whole year in YEARS reaches the link. */
function YearInput(props: { label: string; year: number | undefined; placeholder: number; onChange: (year: number | undefined) => void }) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  return (
    <NumberField
      label={props.label}
      min={YEARS.min}
      max={YEARS.max}
      step={1}
      inputMode="numeric"
      placeholder={String(props.placeholder)}
      value={draft ?? props.year ?? ''}
      onChange={(e) => {
        const raw = e.target.value;
        setDraft(raw);
        const n = Number(raw);
        if (raw === '') props.onChange(undefined);
        else if (Number.isInteger(n) && n >= YEARS.min && n <= YEARS.max) props.onChange(n);
      }}
      onBlur={() => setDraft(undefined)}
    />
  );
}

export function FilterPanel({ filter, lang, municipalities, nearTargets, onChange, onReset, year, dataYear, onYearChange }: FilterPanelProps) {
  const t = (k: Parameters<typeof translate>[1]) => translate(lang, k);
  const set = (patch: Partial<SiteFilter>) => onChange({ ...filter, ...patch });
  const searchId = useId();
  const [municipalitiesOpen, setMunicipalitiesOpen] = useState(false);
  return (
    <form className="filters" role="search" aria-label={t('filters')} onSubmit={(e) => e.preventDefault()}>
      <label htmlFor={searchId} className="visually-hidden">
        {t('search')}
      </label>
      <input
        id={searchId}
        type="search"
        placeholder={t('search')}
        value={filter.q ?? ''}
        onChange={(e) => set({ q: e.target.value || undefined })}
      />
      <fieldset>
        <legend>{t('filterStatus')}</legend>
        {SITE_STATUSES.map((s) => (
          <label key={s} className="check">
            <input type="checkbox" checked={filter.status.includes(s)} onChange={() => set({ status: toggle(filter.status, s) })} />
            {SITE_STATUS_NAMES[s][lang]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('filterKind')}</legend>
        {SITE_KINDS.map((k) => (
          <label key={k} className="check">
            <input type="checkbox" checked={filter.kind.includes(k)} onChange={() => set({ kind: toggle(filter.kind, k) })} />
            {SITE_KIND_NAMES[k][lang]}
          </label>
        ))}
      </fieldset>
      {/* Its checkboxes exist only while it is open: a region of all Russia has over a thousand
          municipalities, which made each page the build writes 1.75 times as large (168 KB against
          96 KB at 2,000 sites), all of it for a browser to parse and hydrate on every load. */}
      <details onToggle={(e) => setMunicipalitiesOpen(e.currentTarget.open)}>
        <summary>
          {t('filterMunicipality')}
          {filter.mun.length > 0 && ` (${filter.mun.length})`}
        </summary>
        {municipalitiesOpen && municipalities.map((m) => (
          <label key={m.id} className="check">
            <input type="checkbox" checked={filter.mun.includes(m.id)} onChange={() => set({ mun: toggle(filter.mun, m.id) })} />
            {m.name}
          </label>
        ))}
      </details>
      {measuresInPanel().map(([measure, fields]) =>
        fields.length > 1 ? (
          <fieldset className="range" key={measure}>
            <legend>{t(MEASURES[measure].label)}</legend>
            {fields.map((field) => (
              <NumberInput key={field.key} label={t(field.bound === 'min' ? 'from' : 'to')} value={filter[field.key]} onChange={(v) => set({ [field.key]: v })} />
            ))}
          </fieldset>
        ) : (
          <NumberInput key={measure} label={t(MEASURES[measure].label)} value={filter[fields[0]!.key]} onChange={(v) => set({ [fields[0]!.key]: v })} />
        ),
      )}
      <fieldset>
        <legend>{t('filterNear')}</legend>
        {nearTargets.map((k) => (
          <NumberInput
            key={k}
            label={`${NEAR_TARGET_NAMES[k][lang]}: ${t('withinKm')}`}
            value={filter.near[k]}
            onChange={(v) => {
              const near = { ...filter.near };
              if (v === undefined) delete near[k];
              else near[k] = v;
              set({ near });
            }}
          />
        ))}
      </fieldset>
      <label className="check">
        <input type="checkbox" checked={filter.keepNoData} onChange={(e) => set({ keepNoData: e.target.checked })} />
        {t('keepNoData')}
      </label>
      {/* Not a filter (Reset keeps it): the year the passports' timelines are read in. */}
      <YearInput label={t('roadmapYear')} year={year} placeholder={dataYear} onChange={onYearChange} />
      <button type="button" className="reset" onClick={onReset}>
        {t('resetFilters')}
      </button>
    </form>
  );
}
