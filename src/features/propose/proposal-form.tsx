// The passport form: labelled fields, required ones marked, each problem shown under its field.
import { useId } from 'react';
import { SITE_KINDS } from '../../domain/schema/site';
import { SITE_KIND_NAMES, SITE_TYPE_NAMES } from '../../i18n/enums';
import { translate, type Lang } from '../../i18n/lang';
import { FORM_FIELDS, fieldLabel, type FieldKey, type FormField } from '../../view-model/proposal-form';

interface ProposalFormProps {
  values: Record<string, string>;
  problems: Partial<Record<FieldKey, string>>;
  /** Problems are shown once the user has touched the form or tried to send. */
  showProblems: boolean;
  municipalities: { id: string; name: string }[];
  lang: Lang;
  prefilled: boolean;
  onChange: (key: FieldKey, value: string) => void;
}

function Field({ field, props }: { field: FormField; props: ProposalFormProps }) {
  const id = useId();
  const { values, lang } = props;
  const value = values[field.key] ?? '';
  const problem = props.showProblems ? props.problems[field.key] : undefined;
  const label = fieldLabel(field.key, lang);
  const common = {
    id,
    name: field.key,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-problem` : undefined,
    'aria-required': field.required || undefined,
  } as const;
  const set = (v: string) => props.onChange(field.key, v);
  const choose = translate(lang, 'chooseOption');
  let control;
  switch (field.input) {
    case 'kind':
      control = (
        <select {...common} value={value} onChange={(e) => set(e.target.value)}>
          <option value="">{choose}</option>
          {SITE_KINDS.map((k) => (
            <option key={k} value={k}>
              {SITE_KIND_NAMES[k][lang]}
            </option>
          ))}
        </select>
      );
      break;
    case 'municipality':
      control = (
        <select {...common} value={value} onChange={(e) => set(e.target.value)}>
          <option value="">{choose}</option>
          {props.municipalities.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </select>
      );
      break;
    case 'siteType':
      control = (
        <select {...common} value={value} onChange={(e) => set(e.target.value)}>
          <option value="">{choose}</option>
          {(['greenfield', 'brownfield'] as const).map((k) => (
            <option key={k} value={k}>
              {SITE_TYPE_NAMES[k][lang]}
            </option>
          ))}
        </select>
      );
      break;
    case 'checkbox':
      control = <input {...common} type="checkbox" checked={value === 'true'} onChange={(e) => set(e.target.checked ? 'true' : '')} />;
      break;
    case 'textarea':
      control = <textarea {...common} rows={2} value={value} onChange={(e) => set(e.target.value)} />;
      break;
    default:
      control = (
        <input
          {...common}
          type={field.input === 'number' ? 'text' : field.input}
          inputMode={field.input === 'number' ? 'decimal' : undefined}
          autoComplete={field.input === 'email' ? 'email' : field.input === 'tel' ? 'tel' : undefined}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      );
  }
  return (
    <div className={`form-field${field.input === 'checkbox' ? ' checkbox' : ''}`}>
      <label htmlFor={id}>
        {label}
        {field.required && <span className="required"> ({translate(lang, 'required')})</span>}
      </label>
      {control}
      {problem && (
        <span id={`${id}-problem`} className="field-problem">
          {problem}
        </span>
      )}
    </div>
  );
}

export function ProposalForm(props: ProposalFormProps) {
  return (
    <form className="proposal-form" aria-labelledby="passport-title" onSubmit={(e) => e.preventDefault()} noValidate>
      <h2 id="passport-title">{translate(props.lang, 'passport')}</h2>
      {props.prefilled && <p className="hint">{translate(props.lang, 'prefilled')}</p>}
      {FORM_FIELDS.map((f) => (
        <Field key={f.key} field={f} props={props} />
      ))}
    </form>
  );
}
