import { describe, expect, it } from 'vitest';
import { parseDiameterMm, parsePowerMw, parseVoltageKv } from '../../../src/domain/osm/tag-values';

describe('parseVoltageKv', () => {
  it('reads volts separated by ";" as kV, sorted high to low', () => {
    expect(parseVoltageKv('110000;10000')).toEqual([110, 10]);
    expect(parseVoltageKv('10000;110000')).toEqual([110, 10]);
    expect(parseVoltageKv('500000')).toEqual([500]);
  });

  it('drops duplicates and junk, keeps fractions of a kV', () => {
    expect(parseVoltageKv('110000;110000;10000')).toEqual([110, 10]);
    expect(parseVoltageKv('500000;220000;unknown')).toEqual([500, 220]);
    expect(parseVoltageKv('400')).toEqual([0.4]);
    expect(parseVoltageKv(' 35000 ; ;0;-6000')).toEqual([35]);
  });

  it('takes an explicit kV unit as kV', () => {
    expect(parseVoltageKv('110 kV')).toEqual([110]);
    expect(parseVoltageKv('110 кВ;6000')).toEqual([110, 6]);
  });

  it('gives undefined when nothing is readable', () => {
    expect(parseVoltageKv(undefined)).toBeUndefined();
    expect(parseVoltageKv('')).toBeUndefined();
    expect(parseVoltageKv('high')).toBeUndefined();
    expect(parseVoltageKv('110 MW')).toBeUndefined();
  });
});

describe('parsePowerMw and parseDiameterMm', () => {
  it('reads plant output with its unit only', () => {
    expect(parsePowerMw('1200 MW')).toBe(1200);
    expect(parsePowerMw('500 kW')).toBe(0.5);
    expect(parsePowerMw('1,5 GW')).toBe(1500);
    expect(parsePowerMw('1200')).toBeUndefined();
    expect(parsePowerMw('yes')).toBeUndefined();
  });

  it('reads pipeline diameters in mm only', () => {
    expect(parseDiameterMm('530')).toBe(530);
    expect(parseDiameterMm('720 mm')).toBe(720);
    expect(parseDiameterMm('0.5 m')).toBeUndefined();
  });
});
