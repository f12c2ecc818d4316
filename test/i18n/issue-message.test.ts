// Issues are worded at the edges; whatever an issue holds, wording it never throws.
import { describe, expect, it } from 'vitest';
import { describeIssues, issueMessage } from '../../src/i18n/issue-message';
import type { ValidationIssue } from '../../src/domain/validation';

describe('issue messages', () => {
  it('words a code in each language, names in that language where the data has them', () => {
    const issue: ValidationIssue = { code: 'outside_region', severity: 'error', path: 'features[0].geometry', params: { part: 'wholly', region: 'Кузбасс', regionEn: 'Kuzbass', lon: 80, lat: 50 } };
    expect(issueMessage(issue, 'ru')).toContain('региона «Кузбасс»');
    expect(issueMessage(issue, 'en')).toContain('outside Kuzbass');
  });

  it('words the receiver\'s own issues by their envelope kind', () => {
    const missing: ValidationIssue = { code: 'missing_property', severity: 'error', path: 'submitter.name', params: { field: 'submitter.name', envelope: 'missing' } };
    expect(issueMessage(missing, 'ru')).toBe('Не заполнено обязательное поле «имя отправителя».');
    expect(describeIssues([missing], 'en')[0]).toMatchObject({ code: 'missing_property', message: 'The required field "submitter\'s name" is missing.' });
  });

  it('keeps the message of a code it does not know (a newer receiver), else shows the code, and never throws', () => {
    const newer = { code: 'brand_new_code', severity: 'error', path: '', message: 'Сервер: новая проверка' } as unknown as ValidationIssue;
    expect(issueMessage(newer, 'ru')).toBe('Сервер: новая проверка');
    expect(issueMessage({ code: 'brand_new_code' } as unknown as ValidationIssue, 'en')).toBe('brand_new_code');
  });

  it('says why a file could not be read, without claiming GeoJSON is required', () => {
    const unreadable: ValidationIssue = { code: 'not_geojson', severity: 'error', path: '', params: { what: 'unreadable', detail: 'x.kmz: unzip the .kmz first' } };
    expect(issueMessage(unreadable, 'ru')).toBe('Файл не читается: x.kmz: unzip the .kmz first');
  });
});
