// Files made in QGIS or by hand name passport fields their own way (#16 item 9): the validator
// maps the documented aliases, says what it mapped, finds the municipality by name or OKTMO, and
// lists what it does not know instead of dropping it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRegion } from '../../../src/domain/data/region-data';
import { contextFromRegion, validateProposal, type ValidationContext } from '../../../src/domain/validation';
import { municipalityIdFor, resolveProperties, type MunicipalityRef } from '../../../src/domain/validation/property-aliases';
import { describeResult } from '../../../src/i18n/issue-message';
import { fixtureRegionFiles, reader } from '../../helpers/region-files';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'proposals');
const fixture = (name: string) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as { features: { properties: Record<string, unknown> }[] };
const region = loadRegion(reader(fixtureRegionFiles())).data!;
const CTX: ValidationContext = { ...contextFromRegion(region), requireProperties: true };

describe('passport property aliases', () => {
  it('reads a hand-made QGIS layer: the fields under their own names, the municipality by its name in any case', () => {
    const result = validateProposal(fixture('bad-property_mapped.geojson'), CTX);
    expect(result.ok).toBe(true);
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const mapped = result.issues.filter((i) => i.code === 'property_mapped').map((i) => `${i.params!.from}->${i.params!.to}`);
    expect(mapped.sort()).toEqual(
      ['E-mail->email', 'area_ha->totalAreaHa', 'contactName->contactPerson', 'description->notes', 'municipality->municipalityId', 'tel->phone', 'title->name'].sort(),
    );
    const municipality = result.issues.find((i) => i.params?.to === 'municipalityId')!;
    expect(municipality.params).toMatchObject({ given: 'КЕМЕРОВСКИЙ муниципальный округ', value: 'kemerovsky-mo' });
    expect(municipality.path).toBe('features[0].properties.municipality');
    // `fid` is QGIS's own column: neither a field nor worth a warning.
    expect(result.issues.map((i) => i.code)).not.toContain('unknown_property');
    // What is sent and stored uses the passport's names.
    expect(result.proposal!.features[0]!.properties).toEqual({
      fid: 1,
      name: 'Индустриальный парк «Северный»',
      kind: 'industrial_park',
      municipalityId: 'kemerovsky-mo',
      contactPerson: 'Иванова Мария Петровна',
      email: 'invest@example.ru',
      phone: '+7 (3842) 58-00-00',
      totalAreaHa: 28.2,
      notes: 'Участок у трассы Р-255, 12 км от Кемерово',
    });
    const [ru, en] = (['ru', 'en'] as const).map((lang) => describeResult(result, lang).issues.find((i) => i.params?.to === 'municipalityId')!.message);
    expect(ru).toBe('Свойство «municipality» = «КЕМЕРОВСКИЙ муниципальный округ» понято как муниципальное образование «Муниципальное образование» (municipalityId) = «kemerovsky-mo».');
    expect(en).toMatch(/^The property "municipality" = "КЕМЕРОВСКИЙ муниципальный округ" was read as the municipality .*municipalityId.* = "kemerovsky-mo"\.$/);
  });

  it('lists properties it does not know in one warning, and keeps them', () => {
    const result = validateProposal(fixture('bad-unknown_property.geojson'), CTX);
    expect(result.ok).toBe(true);
    const unknown = result.issues.filter((i) => i.code === 'unknown_property');
    expect(unknown).toEqual([
      expect.objectContaining({ severity: 'warning', path: 'features[0].properties', params: { keys: 'owner, cadastral_number', count: 2 } }),
    ]);
    expect(result.proposal!.features[0]!.properties).toMatchObject({ owner: 'ООО «Северный»', cadastral_number: '42:04:0000000:123' });
    expect(describeResult(result, 'ru').issues[0]!.message).toMatch(/^Свойства не из паспорта площадки .*: owner, cadastral_number\./);
  });

  it("finds a municipality by id, Russian or English name or OKTMO, ignoring case, «ё» and quotes; never guesses between two", () => {
    const refs: MunicipalityRef[] = [
      { id: 'berezovsky-go', name: { ru: 'Берёзовский городской округ', en: 'Beryozovsky urban okrug' }, oktmo: '32710000' },
      { id: 'kemerovo-go', name: { ru: 'Кемеровский городской округ', en: 'Kemerovo urban okrug' }, oktmo: '32701000' },
      { id: 'twin-a', name: { ru: 'Двойной округ' } },
      { id: 'twin-b', name: { ru: 'двойной  округ' } },
    ];
    expect(municipalityIdFor('березовский ГОРОДСКОЙ округ', refs)).toBe('berezovsky-go');
    expect(municipalityIdFor('«Берёзовский городской округ»', refs)).toBe('berezovsky-go');
    expect(municipalityIdFor('kemerovo urban okrug', refs)).toBe('kemerovo-go');
    expect(municipalityIdFor('32701000', refs)).toBe('kemerovo-go');
    expect(municipalityIdFor('KEMEROVO-GO', refs)).toBe('kemerovo-go');
    expect(municipalityIdFor('Двойной округ', refs)).toBeUndefined();
    expect(municipalityIdFor('Кемерово', refs)).toBeUndefined();
    // An OKTMO column that QGIS typed as a number.
    expect(resolveProperties({ OKTMO: 32701000 }, refs).properties.municipalityId).toBe('kemerovo-go');
  });

  it("keeps the field's own name over an alias, and an empty cell gives way to a filled alias", () => {
    const refs: MunicipalityRef[] = [];
    const both = resolveProperties({ title: 'Другое', name: 'Парк', contact: '', contactPerson: null, 'Contact Name': 'Петров' }, refs);
    expect(both.properties).toMatchObject({ name: 'Парк', title: 'Другое', contactPerson: 'Петров' });
    expect(both.unknown).toEqual(['title']);
    expect(both.mapped).toEqual([{ from: 'Contact Name', to: 'contactPerson' }]);
  });

  it('an unknown municipality name is still an error that names it', () => {
    const file = fixture('bad-property_mapped.geojson');
    file.features[0]!.properties.municipality = 'Нет такого округа';
    const errors = validateProposal(file, CTX).issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => `${i.code}@${i.path}`)).toEqual(['unknown_municipality@features[0].properties.municipality']);
    expect(errors[0]!.params).toMatchObject({ id: 'Нет такого округа' });
  });
});
