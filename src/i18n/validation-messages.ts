// One message per validation code (DESIGN.md "Validation result"), in Russian and English.
// Each says what is wrong, where, and what to do about it. The validator in src/domain returns
// codes, paths and params only; the edges (page, CLI, receiver) word them here, in the reader's
// language (issueMessage, describeIssues).
import type { IssueCode, IssueParams } from '../domain/validation/codes';
import { formatNumber } from './format';
import { PROPOSAL_FIELD_LABELS } from './proposal-field-labels';
import type { Lang } from './lang';

type P = Readonly<IssueParams>;
type Texts = Record<Lang, Record<string, string>>;

/** Coordinates as typed in a file: a dot, no grouping, at most 6 decimals. */
const c = (v: string | number | undefined) => (typeof v === 'number' ? String(Math.round(v * 1e6) / 1e6) : String(v ?? '?'));
const pt = (x: string | number | undefined, y: string | number | undefined) => `[${c(x)}, ${c(y)}]`;
const n = (v: string | number | undefined, lang: Lang, digits = 2) =>
  typeof v === 'number' ? formatNumber(v, lang, digits) : String(v ?? '?');
/** Bytes as MB (KB under one MB). */
const size = (v: string | number | undefined, lang: Lang) => {
  const b = Number(v);
  const [unit, div] = b >= 1024 * 1024 ? (lang === 'ru' ? ['МБ', 1024 * 1024] : ['MB', 1024 * 1024]) : lang === 'ru' ? ['КБ', 1024] : ['KB', 1024];
  return `${formatNumber(b / (div as number), lang, 1)} ${unit as string}`;
};
const pick = (texts: Texts, lang: Lang, key: string | number | undefined) =>
  texts[lang][String(key)] ?? texts[lang].other ?? String(key);

const NOT_GEOJSON: Texts = {
  ru: {
    not_object: 'в файле не объект GeoJSON, а {type}',
    no_type: 'у объекта нет поля "type"',
    unknown_type: 'тип "{type}" не из GeoJSON',
    topojson: 'файл в формате TopoJSON; пересохраните слой как GeoJSON',
    features_not_array: 'поле "features" должно быть массивом объектов',
    feature_not_object: 'элемент списка features не является объектом Feature',
    geometry_not_object: 'поле "geometry" должно быть объектом с полями type и coordinates',
    looks_zip: 'это ZIP-архив; если в нём шейп-файл (.shp, .shx, .dbf, .prj), дайте файлу расширение .zip',
    looks_kml: 'это KML; дайте файлу расширение .kml',
    looks_gzip: 'это сжатый архив gzip; распакуйте его и загрузите файл, который внутри',
    bad_bbox: 'поле "bbox" должно быть массивом из 4 чисел [запад, юг, восток, север] (или 6, с высотами), а в файле {type}; его можно удалить',
    other: 'структура файла не распознана ({type})',
  },
  en: {
    not_object: 'the file holds {type}, not a GeoJSON object',
    no_type: 'the object has no "type" member',
    unknown_type: 'type "{type}" is not a GeoJSON type',
    topojson: 'the file is TopoJSON; save the layer as GeoJSON',
    features_not_array: '"features" must be an array of Feature objects',
    feature_not_object: 'an item of "features" is not a Feature object',
    geometry_not_object: '"geometry" must be an object with "type" and "coordinates"',
    looks_zip: 'it is a ZIP archive; if it holds a shapefile (.shp, .shx, .dbf, .prj), name the file .zip',
    looks_kml: 'it is KML; name the file .kml',
    looks_gzip: 'it is a gzip archive; unpack it and upload the file inside',
    bad_bbox: '"bbox" must be an array of 4 numbers [west, south, east, north] (or 6, with heights), not {type}; it can be removed',
    other: 'the structure was not recognised ({type})',
  },
};

const POLYGON: Texts = {
  ru: {
    no_rings: 'в полигоне нет ни одного контура',
    zero_area: 'площадь полигона нулевая (все точки совпадают или лежат на одной линии)',
    hole_outside: 'внутренний контур (вырез) лежит вне внешнего контура',
    parts_overlap: 'части мультиполигона накладываются друг на друга или одна лежит внутри другой',
    too_many_vertices: 'слишком много вершин ({count}, проверяется не более {max}): упростите границу (в QGIS — «Упрощение»)',
    too_many_vertices_total: 'в файле слишком много вершин (проверяется не более {max}): упростите границы или разделите файл',
    too_complex: 'граница слишком сложна для проверки на самопересечения: упростите её (в QGIS — «Упрощение»)',
    other: 'геометрию не удалось проверить ({detail})',
  },
  en: {
    no_rings: 'the polygon has no rings',
    zero_area: 'the polygon has zero area (its points coincide or lie on one line)',
    hole_outside: 'an inner ring (hole) lies outside the outer ring',
    parts_overlap: 'parts of the multipolygon overlap, or one lies inside another',
    too_many_vertices: 'too many vertices ({count}; at most {max} are checked): simplify the boundary (QGIS "Simplify")',
    too_many_vertices_total: 'the file has too many vertices (at most {max} are checked): simplify the boundaries or split the file',
    too_complex: 'the boundary is too complex to check for self-intersections: simplify it (QGIS "Simplify")',
    other: 'the geometry could not be checked ({detail})',
  },
};

const PROPERTY: Texts = {
  ru: {
    expected_string: 'нужен текст',
    expected_number: 'нужно число (без единиц измерения, дробная часть через точку)',
    expected_boolean: 'нужно true или false',
    expected_object: 'свойства объекта должны быть набором полей (объектом)',
    too_short: 'значение пустое',
    too_long: 'слишком длинное значение (не более {max} символов)',
    not_positive: 'нужно положительное число',
    negative: 'число не может быть отрицательным',
    invalid_email: 'это не адрес электронной почты',
    invalid_phone: 'это не номер телефона (цифры, пробелы, скобки, дефисы, «+» в начале)',
    invalid_id: 'нужен идентификатор строчными латинскими буквами через дефис (например, kemerovo-go)',
    invalid_option: 'допустимые значения: {options}',
    free_exceeds_total: 'свободная площадь больше общей',
    control_characters: 'в тексте есть управляющие символы (например, ESC или смена направления текста U+202E); удалите их',
    other: 'недопустимое значение',
  },
  en: {
    expected_string: 'text expected',
    expected_number: 'a number expected (no units, a dot for decimals)',
    expected_boolean: 'true or false expected',
    expected_object: 'the properties must be a set of fields (an object)',
    too_short: 'the value is empty',
    too_long: 'the value is too long (at most {max} characters)',
    not_positive: 'a positive number expected',
    negative: 'the number cannot be negative',
    invalid_email: 'not an e-mail address',
    invalid_phone: 'not a phone number (digits, spaces, brackets, hyphens, a leading "+")',
    invalid_id: 'an identifier in lower-case Latin letters and hyphens expected (e.g. kemerovo-go)',
    invalid_option: 'allowed values: {options}',
    free_exceeds_total: 'the free area exceeds the total area',
    control_characters: 'the text holds control characters (such as ESC or the U+202E direction override); remove them',
    other: 'invalid value',
  },
};

/** Replaces `{key}` placeholders in a sub-text with the params. */
function fill(text: string, p: P): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(p[k] ?? '?'));
}
const field = (p: P, lang: Lang) => {
  const label = pick(PROPOSAL_FIELD_LABELS, lang, p.field);
  return lang === 'ru' ? `«${label}» (${String(p.field)})` : `"${label}" (${String(p.field)})`;
};

const REEXPORT = {
  ru: 'Пересохраните слой в WGS 84 (EPSG:4326): в QGIS — «Экспорт → Сохранить объекты как…», формат GeoJSON, система координат «EPSG:4326 — WGS 84».',
  en: 'Re-export the layer in WGS 84 (EPSG:4326): in QGIS, Export → Save Features As…, format GeoJSON, CRS "EPSG:4326 - WGS 84".',
};

type Templates = Record<IssueCode, Record<Lang, (p: P) => string>>;

export const VALIDATION_MESSAGES: Templates = {
  file_too_large: {
    ru: (p) => `Файл слишком большой: ${size(p.bytes, 'ru')} при допустимых ${size(p.maxBytes, 'ru')}. Упростите границы (в QGIS — «Упрощение») или разделите файл.`,
    en: (p) => `The file is too large: ${size(p.bytes, 'en')}; the limit is ${size(p.maxBytes, 'en')}. Simplify the boundaries (QGIS "Simplify") or split the file.`,
  },
  unreadable_encoding: {
    ru: (p) =>
      `Файл не читается как текст: с байта ${p.offset} это не UTF-8, не UTF-16 и не похоже на Windows-1251. Сохраните слой в GeoJSON с кодировкой UTF-8 (в QGIS — «Сохранить объекты как…», «Кодировка: UTF-8»).`,
    en: (p) =>
      `The file cannot be read as text: from byte ${p.offset} on it is not UTF-8, not UTF-16 and does not look like Windows-1251. Save the layer as GeoJSON in UTF-8 (QGIS: Save Features As…, Encoding: UTF-8).`,
  },
  encoding_converted: {
    ru: (p) =>
      `Файл был в кодировке ${p.encoding === 'windows-1251' ? 'Windows-1251' : 'UTF-16'}; он перекодирован в UTF-8. Проверьте, что названия читаются правильно; в следующий раз сохраняйте в UTF-8.`,
    en: (p) =>
      `The file was in ${p.encoding === 'windows-1251' ? 'Windows-1251' : 'UTF-16'}; it was converted to UTF-8. Check that the names read correctly; next time save in UTF-8.`,
  },
  invalid_json: {
    ru: (p) =>
      p.maxDepth !== undefined
        ? `Файл не читается как GeoJSON: вложенность глубже ${p.maxDepth} уровней (в GeoJSON их около 10). Сохраните слой в формате GeoJSON заново.`
        : `Файл не читается как JSON${p.line !== undefined ? `: ошибка в строке ${p.line}, столбце ${p.column}` : ''}${p.near ? ` (рядом с «${p.near}»)` : ''}. Сохраните слой в формате GeoJSON и не правьте файл вручную в текстовом редакторе.`,
    en: (p) =>
      p.maxDepth !== undefined
        ? `The file cannot be GeoJSON: it is nested deeper than ${p.maxDepth} levels (GeoJSON needs about 10). Save the layer as GeoJSON again.`
        : `The file is not valid JSON${p.line !== undefined ? `: error at line ${p.line}, column ${p.column}` : ''}${p.near ? ` (near "${p.near}")` : ''}. Save the layer as GeoJSON rather than editing the file by hand.`,
  },
  not_geojson: {
    // A file that could not be read at all (a broken KML, a .kmz): the reason is the message.
    ru: (p) => (p.what === 'unreadable' ? `Файл не читается: ${p.detail}` : `Это не GeoJSON: ${fill(pick(NOT_GEOJSON, 'ru', p.what), p)}. Нужен FeatureCollection, Feature или геометрия Polygon/MultiPolygon (RFC 7946).`),
    en: (p) => (p.what === 'unreadable' ? `The file cannot be read: ${p.detail}` : `Not GeoJSON: ${fill(pick(NOT_GEOJSON, 'en', p.what), p)}. A FeatureCollection, a Feature or a Polygon/MultiPolygon geometry (RFC 7946) is expected.`),
  },
  empty: {
    ru: () => 'В файле нет ни одного объекта. Нарисуйте границу площадки или экспортируйте слой, в котором она есть.',
    en: () => 'The file holds no features. Draw the site boundary, or export a layer that contains it.',
  },
  geometry_missing: {
    ru: () => 'У объекта нет геометрии (geometry: null). Нарисуйте границу площадки или экспортируйте слой вместе с геометрией.',
    en: () => 'The feature has no geometry (geometry: null). Draw the site boundary, or export the layer with its geometry.',
  },
  unsupported_geometry: {
    ru: (p) => `Геометрия ${String(p.type)} не описывает площадку: нарисуйте или экспортируйте её границу как полигон (Polygon или MultiPolygon).`,
    en: (p) => `A ${String(p.type)} geometry cannot describe a site: draw or export the boundary as a polygon (Polygon or MultiPolygon).`,
  },
  invalid_coordinates: {
    ru: (p) => `Координаты отсутствуют или не являются числами (${p.count} шт., первая — по указанному пути). Каждая точка записывается как [долгота, широта] двумя числами.`,
    en: (p) => `Coordinates are missing or not numbers (${p.count} in all; the first at the path given). Each position is [longitude, latitude], two numbers.`,
  },
  coordinates_out_of_range: {
    ru: (p) => `Координаты вне допустимых пределов: ${pt(p.x, p.y)} (${p.count} шт.). Долгота должна быть от −180 до 180, широта — от −90 до 90 градусов.`,
    en: (p) => `Coordinates out of range: ${pt(p.x, p.y)} (${p.count} in all). Longitude must lie between −180 and 180, latitude between −90 and 90 degrees.`,
  },
  projected_coordinates: {
    ru: (p) =>
      `Координаты похожи на метры, а не на градусы: ${pt(p.x, p.y)}. Файл сохранён в проекции — например, EPSG:3857 (Web Mercator) или местной системе координат МСК. ${REEXPORT.ru}`,
    en: (p) =>
      `The coordinates look like metres, not degrees: ${pt(p.x, p.y)}. The file was saved in a projected CRS such as EPSG:3857 (Web Mercator) or a local MSK zone. ${REEXPORT.en}`,
  },
  swapped_coordinates: {
    ru: (p) =>
      `Похоже, долгота и широта переставлены: точка ${pt(p.x, p.y)} лежит вне региона «${p.region}», а ${pt(p.y, p.x)} — в нём. В GeoJSON порядок — [долгота, широта]; поменяйте столбцы местами при экспорте.`,
    en: (p) =>
      `Longitude and latitude look swapped: ${pt(p.x, p.y)} lies outside ${p.region}, while ${pt(p.y, p.x)} lies inside it. GeoJSON order is [longitude, latitude]; swap the columns when exporting.`,
  },
  crs_not_wgs84: {
    ru: (p) => `В файле указана система координат «${p.crs}», а GeoJSON (RFC 7946) допускает только WGS 84 (долгота, широта в градусах). ${REEXPORT.ru}`,
    en: (p) => `The file declares the CRS "${p.crs}", but GeoJSON (RFC 7946) allows WGS 84 only (longitude, latitude in degrees). ${REEXPORT.en}`,
  },
  ring_not_closed: {
    ru: (p) => `Контур не замкнут: последняя точка ${pt(p.lastX, p.lastY)} не совпадает с первой ${pt(p.firstX, p.firstY)}. Повторите первую точку в конце контура.`,
    en: (p) => `The ring is not closed: its last position ${pt(p.lastX, p.lastY)} differs from its first ${pt(p.firstX, p.firstY)}. Repeat the first position at the end.`,
  },
  ring_too_short: {
    ru: (p) => `Точек в контуре: ${p.count}, а нужно не меньше 4 (три вершины и повтор первой).`,
    en: (p) => `The ring has ${p.count} position(s); at least 4 are needed (three corners and the first repeated).`,
  },
  self_intersection: {
    ru: (p) =>
      `Граница пересекает сама себя в точке ${pt(p.lon, p.lat)}${Number(p.count) > 1 ? ` (всего пересечений: ${p.count})` : ''}. Исправьте контур, чтобы стороны не пересекались (в QGIS — «Исправить геометрию» или вручную).`,
    en: (p) =>
      `The boundary crosses itself at ${pt(p.lon, p.lat)}${Number(p.count) > 1 ? ` (${p.count} crossings in all)` : ''}. Redraw it so that no sides cross (QGIS "Fix geometries", or by hand).`,
  },
  invalid_polygon: {
    ru: (p) => `Недопустимый полигон: ${fill(pick(POLYGON, 'ru', p.reason), p)}.`,
    en: (p) => `Invalid polygon: ${fill(pick(POLYGON, 'en', p.reason), p)}.`,
  },
  winding_order: {
    ru: (p) => `Порядок обхода контуров не по RFC 7946 (внешний — против часовой стрелки, вырезы — по часовой): исправлено автоматически (контуров: ${p.count}).`,
    en: (p) => `Ring orientation does not follow RFC 7946 (outer rings counter-clockwise, holes clockwise): fixed automatically (${p.count} ring(s)).`,
  },
  outside_region: {
    ru: (p) =>
      `Площадка ${p.part === 'partly' ? 'частично выходит за пределы' : 'лежит вне'} региона «${p.region}» (центр — ${pt(p.lon, p.lat)})${p.toleranceKm !== undefined ? `: дальше ${p.toleranceKm} км от его границы (допуск на обобщённость границы)` : ''}. Проверьте, тот ли это файл и сохранён ли он в WGS 84.`,
    en: (p) =>
      `The site lies ${p.part === 'partly' ? 'partly outside' : 'outside'} ${p.region} (centre ${pt(p.lon, p.lat)})${p.toleranceKm !== undefined ? `: more than ${p.toleranceKm} km beyond its boundary (the tolerance for a generalised boundary)` : ''}. Check that this is the right file and that it is in WGS 84.`,
  },
  overlaps_existing_site: {
    ru: (p) => `Площадка накладывается на существующую площадку «${p.site}» на ${n(p.ha, 'ru')} га. Уточните границу.`,
    en: (p) => `The site overlaps the existing site "${p.site}" by ${n(p.ha, 'en')} ha. Check the boundary.`,
  },
  area_implausible: {
    ru: (p) =>
      `Площадь по границе — ${n(p.ha, 'ru', 4)} га, это неправдоподобно для площадки (ожидается от ${n(p.min, 'ru')} до ${n(p.max, 'ru')} га). Нет ли ошибки в единицах или в координатах?`,
    en: (p) =>
      `The boundary encloses ${n(p.ha, 'en', 4)} ha, implausible for a site (${n(p.min, 'en')} to ${n(p.max, 'en')} ha expected). A typo in units or in the coordinates?`,
  },
  area_mismatch: {
    ru: (p) => `Заявленная площадь ${n(p.declared, 'ru')} га отличается от площади по границе ${n(p.computed, 'ru')} га на ${n(p.percent, 'ru', 0)} % (больше 10 %). Проверьте паспорт или границу.`,
    en: (p) => `The declared area of ${n(p.declared, 'en')} ha differs from the boundary's ${n(p.computed, 'en')} ha by ${n(p.percent, 'en', 0)}% (more than 10%). Check the passport or the boundary.`,
  },
  missing_property: {
    ru: (p) => `Не заполнено обязательное поле ${field(p, 'ru')}.`,
    en: (p) => `The required field ${field(p, 'en')} is missing.`,
  },
  invalid_property: {
    ru: (p) => `Поле ${field(p, 'ru')} заполнено неверно: ${fill(pick(PROPERTY, 'ru', p.reason), p)}.`,
    en: (p) => `The field ${field(p, 'en')} is invalid: ${fill(pick(PROPERTY, 'en', p.reason), p)}.`,
  },
  unknown_municipality: {
    ru: (p) => `«${p.id}» — не муниципальное образование региона «${p.region}». Выберите его из списка.`,
    en: (p) => `"${p.id}" is not a municipality of ${p.region}. Choose one from the list.`,
  },
  property_mapped: {
    ru: (p) =>
      p.given !== undefined
        ? `Свойство «${p.from}» = «${p.given}» понято как муниципальное образование ${field({ field: p.to ?? '' }, 'ru')} = «${p.value}».`
        : `Свойство «${p.from}» понято как поле ${field({ field: p.to ?? '' }, 'ru')}.`,
    en: (p) =>
      p.given !== undefined
        ? `The property "${p.from}" = "${p.given}" was read as the municipality ${field({ field: p.to ?? '' }, 'en')} = "${p.value}".`
        : `The property "${p.from}" was read as the field ${field({ field: p.to ?? '' }, 'en')}.`,
  },
  unknown_property: {
    ru: (p) =>
      `Свойства не из паспорта площадки не проверяются и не попадут в паспорт: ${p.keys}${Number(p.count) > 10 ? ` и ещё ${Number(p.count) - 10}` : ''}. Если это поле паспорта под другим именем, перенесите значение в форму.`,
    en: (p) =>
      `Properties that are not passport fields are not checked and will not reach the passport: ${p.keys}${Number(p.count) > 10 ? ` and ${Number(p.count) - 10} more` : ''}. If one is a passport field under another name, copy its value into the form.`,
  },
  duplicate_id: {
    ru: (p) => `Идентификатор «${p.id}» повторяется (впервые — ${p.first}). У каждого объекта должен быть свой.`,
    en: (p) => `The id "${p.id}" is used twice (first at ${p.first}). Each feature needs its own.`,
  },
};

/**
 * Names come in every language the data has (`region`, `regionEn`: see nameParams in
 * src/domain/validation/issues.ts); each language reads its own, else the Russian one.
 */
function localParams(params: P, lang: Lang): P {
  if (lang === 'ru') return params;
  const out: Record<string, string | number> = { ...params };
  const suffix = lang.charAt(0).toUpperCase() + lang.slice(1);
  for (const key of Object.keys(params)) if (params[`${key}${suffix}`] !== undefined) out[key] = params[`${key}${suffix}`]!;
  return out;
}

export function validationMessage(code: IssueCode, lang: Lang, params: P = {}): string {
  return VALIDATION_MESSAGES[code][lang](localParams(params, lang));
}
