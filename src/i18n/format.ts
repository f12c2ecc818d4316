// Numbers, units and dates through Intl, so "1 300,5" in Russian and "1,300.5" in English.
import type { Lang } from './lang';

/** Intl locales where the language code alone would differ (en-GB: day before month); else the code. */
const locales: Partial<Record<Lang, string>> = { ru: 'ru-RU', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number, lang: Lang, maximumFractionDigits = 2): string {
  const key = `${lang}:${maximumFractionDigits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat((locales[lang] ?? lang), { maximumFractionDigits });
    cache.set(key, f);
  }
  return f.format(value);
}

/** Kilometres: one decimal under 100 km, whole km beyond. */
export function formatKm(km: number, lang: Lang): string {
  return formatNumber(km, lang, km < 100 ? 1 : 0);
}

/** A moment as the user's clock shows it: time only, or date and time. */
export function formatMoment(at: Date, lang: Lang, withDate = false): string {
  return withDate ? at.toLocaleString((locales[lang] ?? lang)) : at.toLocaleTimeString((locales[lang] ?? lang));
}

// A formatter takes ~0.5 ms to make: the build writes thousands of passports.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat((locales[lang] ?? lang), { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  return f.format(new Date(Date.UTC(y, m - 1, d)));
}

const monthFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A dated event's date as precise as it is: "2016", "июль 2016 г.", "7 июля 2016 г.", "2028–2029". */
export function formatEventDate(date: string, lang: Lang): string {
  const point = (part: string) => {
    const [y, m, d] = part.split('-').map(Number);
    if (d) return formatDate(part, lang);
    if (!m) return String(y);
    let f = monthFormats.get(lang);
    if (!f) {
      f = new Intl.DateTimeFormat(locales[lang] ?? lang, { year: 'numeric', month: 'long', timeZone: 'UTC' });
      monthFormats.set(lang, f);
    }
    return f.format(new Date(Date.UTC(y!, m - 1, 1)));
  };
  return date.split('/').map(point).join('–');
}

/**
 * A name as it reads mid-sentence ("Ближайшее: электростанция"): only the first letter is lowered,
 * so units keep their case («110 кВ»), and not even that when the name starts with an
 * abbreviation («ЛЭП», "GRES").
 */
export function midSentence(name: string): string {
  const [first, second] = [...name];
  if (!first || (second && second === second.toUpperCase() && second !== second.toLowerCase())) return name;
  return first.toLowerCase() + name.slice(first.length);
}

/** A message's `{year}` filled in. A year is not a quantity to group: "2029", never "2 029". */
export const withYear = (message: string, year: number): string => message.replace('{year}', String(year));
