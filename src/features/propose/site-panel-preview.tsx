// The proposal as investors will see it, passport and computed distances included.
import type { SiteDerived } from '../../domain/schema/derived';
import { translate, type Lang } from '../../i18n/lang';
import { buildPassport } from '../../view-model/passport';
import { proposalAsSite } from '../../view-model/proposal-preview';
import { PassportGroups } from '../../components/site-panel';

interface PreviewProps {
  form: Record<string, string>;
  derived: SiteDerived;
  lang: Lang;
  municipalityName: (id: string) => string | undefined;
}

export function SitePanelPreview({ form, derived, lang, municipalityName }: PreviewProps) {
  const today = new Date().toISOString().slice(0, 10);
  const passport = buildPassport(proposalAsSite(form, derived, today), lang, municipalityName);
  return (
    <section className="proposal-preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{translate(lang, 'preview')}</h2>
      <h3 className="preview-name">{passport.name}</h3>
      <PassportGroups passport={passport} lang={lang} />
    </section>
  );
}
