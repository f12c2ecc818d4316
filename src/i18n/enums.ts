// Names of the data's enum values in both languages.
import type { SiteKind, SiteStatus } from '../domain/schema/site';
import type { InfraKind } from '../domain/schema/infrastructure';
import type { EventKind, InfraStatus, NearTarget } from '../domain/schema/vocabulary';
import type { Lang } from './lang';

type Names<K extends string> = Record<K, Record<Lang, string>>;

export const SITE_KIND_NAMES: Names<SiteKind> = {
  sez: { ru: 'Особая экономическая зона', en: 'Special economic zone' },
  tor: { ru: 'ТОР (ТОСЭР)', en: 'Priority development area (TOR)' },
  industrial_park: { ru: 'Индустриальный парк', en: 'Industrial park' },
  technopark: { ru: 'Технопарк', en: 'Technopark' },
  brownfield: { ru: 'Браунфилд', en: 'Brownfield' },
  free_plot: { ru: 'Свободный участок', en: 'Free plot' },
};

export const SITE_STATUS_NAMES: Names<SiteStatus> = {
  operating: { ru: 'Действует', en: 'Operating' },
  under_construction: { ru: 'Строится', en: 'Under construction' },
  planned: { ru: 'Планируется', en: 'Planned' },
  proposed: { ru: 'Предложена', en: 'Proposed' },
  unknown: { ru: 'Статус неизвестен', en: 'Status unknown' },
};

export const INFRA_STATUS_NAMES: Names<InfraStatus> = {
  existing: { ru: 'Существует', en: 'Existing' },
  planned: { ru: 'Планируется', en: 'Planned' },
  under_construction: { ru: 'Строится', en: 'Under construction' },
};

export const SITE_TYPE_NAMES: Names<'greenfield' | 'brownfield' | 'mixed'> = {
  greenfield: { ru: 'Гринфилд', en: 'Greenfield' },
  brownfield: { ru: 'Браунфилд', en: 'Brownfield' },
  mixed: { ru: 'Смешанный', en: 'Mixed' },
};

export const INFRA_KIND_NAMES: Names<InfraKind> = {
  power_plant: { ru: 'Электростанция', en: 'Power plant' },
  substation: { ru: 'Подстанция', en: 'Substation' },
  power_line: { ru: 'ЛЭП', en: 'Power line' },
  gas_pipeline: { ru: 'Газопровод', en: 'Gas pipeline' },
  gas_distribution_station: { ru: 'Газораспределительная станция', en: 'Gas distribution station' },
  water_intake: { ru: 'Водозабор', en: 'Water intake' },
  water_treatment: { ru: 'Очистные сооружения', en: 'Water treatment' },
  rail_line: { ru: 'Железная дорога', en: 'Railway' },
  rail_station: { ru: 'Ж/д станция', en: 'Rail station' },
  road: { ru: 'Автодорога', en: 'Road' },
  airport: { ru: 'Аэропорт', en: 'Airport' },
};

/** Distance targets: every kind, and power lines by voltage class (unknown voltage on its own). */
export const NEAR_TARGET_NAMES: Names<NearTarget> = {
  ...INFRA_KIND_NAMES,
  power_line_35: { ru: 'ЛЭП 35 кВ и выше', en: 'Power line, 35 kV or more' },
  power_line_110: { ru: 'ЛЭП 110 кВ и выше', en: 'Power line, 110 kV or more' },
  power_line_220: { ru: 'ЛЭП 220 кВ и выше', en: 'Power line, 220 kV or more' },
  power_line_unknown: { ru: 'ЛЭП, напряжение неизвестно', en: 'Power line, voltage unknown' },
};

export const MUNICIPALITY_TYPE_NAMES: Names<'urban_okrug' | 'municipal_okrug'> = {
  urban_okrug: { ru: 'Городской округ', en: 'Urban okrug' },
  municipal_okrug: { ru: 'Муниципальный округ', en: 'Municipal okrug' },
};

/** Each language's own name for itself (the embed builder's and any language picker's labels). */
export const LANGUAGE_NAMES: Record<Lang, string> = { ru: 'Русский', en: 'English' };

export function nameIn<K extends string>(names: Names<K>, key: K, lang: Lang): string {
  return names[key][lang];
}

export const EVENT_KIND_NAMES: Names<EventKind> = {
  created: { ru: 'Создание', en: 'Created' },
  decree_amended: { ru: 'Изменение постановления', en: 'Decree amended' },
  construction_started: { ru: 'Начало строительства', en: 'Construction started' },
  designed: { ru: 'Проектирование', en: 'Design' },
  planned_works: { ru: 'Запланированные работы', en: 'Planned works' },
  planned_commissioning: { ru: 'Плановый ввод', en: 'Due' },
  commissioned: { ru: 'Ввод в эксплуатацию', en: 'Commissioned' },
  status_changed: { ru: 'Смена статуса', en: 'Status changed' },
  resident_arrived: { ru: 'Новый резидент', en: 'New resident' },
  extended_until: { ru: 'Срок продлён до', en: 'Extended until' },
  postponed: { ru: 'Отложено до', en: 'Postponed until' },
  recognised: { ru: 'Признание', en: 'Recognition' },
};
