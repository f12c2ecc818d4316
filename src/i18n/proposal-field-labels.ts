// The passport's fields as the submission form names them, in Russian and English: the form's
// labels, and the names validation messages give a field.
import type { Lang } from './lang';

/** Passport fields as the submission form names them. */
export const PROPOSAL_FIELD_LABELS: Record<Lang, Record<string, string>> = {
  ru: {
    name: 'Название',
    nameEn: 'Название на английском',
    kind: 'Тип площадки',
    municipalityId: 'Муниципальное образование',
    contactPerson: 'Контактное лицо',
    email: 'Электронная почта',
    phone: 'Телефон',
    totalAreaHa: 'Общая площадь, га',
    freeAreaHa: 'Свободная площадь, га',
    specialisation: 'Специализация',
    siteType: 'Тип участка (greenfield/brownfield)',
    electricityMw: 'Электроснабжение, МВт',
    gasM3h: 'Газоснабжение, м³/ч',
    waterM3day: 'Водоснабжение, м³/сут',
    utilitiesNote: 'Инженерные сети: примечание',
    railSiding: 'Железнодорожный тупик',
    notes: 'Примечания',
    properties: 'Свойства объекта',
  },
  en: {
    name: 'Name',
    nameEn: 'Name in English',
    kind: 'Site kind',
    municipalityId: 'Municipality',
    contactPerson: 'Contact person',
    email: 'E-mail',
    phone: 'Phone',
    totalAreaHa: 'Total area, ha',
    freeAreaHa: 'Free area, ha',
    specialisation: 'Specialisation',
    siteType: 'Site type (greenfield/brownfield)',
    electricityMw: 'Electricity, MW',
    gasM3h: 'Gas, m³/h',
    waterM3day: 'Water, m³/day',
    utilitiesNote: 'Utilities: note',
    railSiding: 'Rail siding',
    notes: 'Notes',
    properties: 'Feature properties',
  },
};
