// The encodings municipalities' files come in: UTF-8 (with or without BOM), UTF-16 (Notepad's
// "Unicode", with or without BOM), Windows-1251 (Notepad's "ANSI" on a Russian Windows, old
// desktop GIS), and bytes that are no text at all.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, xmlDeclaredEncoding } from '../../src/convert/decode-text';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'proposals');
const fixture = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const utf8 = readFileSync(join(DIR, 'good-feature-gis-export.geojson'), 'utf8');
function encodeAs(text: string, encoding: 'utf-16le' | 'utf-16be'): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  if (encoding === 'utf-16le') return new Uint8Array(le);
  return new Uint8Array(Buffer.from(le).swap16());
}

describe('decodeText', () => {
  it('reads UTF-8 as it is, with or without a BOM', () => {
    expect(decodeText(new TextEncoder().encode(utf8))).toEqual({ ok: true, text: utf8, encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('{"а":1}')]))).toEqual({ ok: true, text: '{"а":1}', encoding: 'utf-8' });
  });

  it('converts a Windows-1251 file (made with iconv from the UTF-8 fixture) back to the same text', () => {
    expect(decodeText(fixture('bad-encoding_converted-cp1251.geojson'))).toEqual({ ok: true, text: utf8, encoding: 'windows-1251' });
  });

  it('reads UTF-16 by its BOM, and without one by its zero bytes', () => {
    const text = readFileSync(join(DIR, 'good-polygon.geojson'), 'utf8');
    expect(decodeText(fixture('bad-encoding_converted-utf16.geojson'))).toEqual({ ok: true, text, encoding: 'utf-16le' });
    expect(decodeText(encodeAs(text, 'utf-16be'))).toEqual({ ok: true, text, encoding: 'utf-16be' });
    expect(decodeText(encodeAs(text, 'utf-16le'))).toEqual({ ok: true, text, encoding: 'utf-16le' });
  });

  it('refuses bytes that are no text, naming the first byte that is not UTF-8', () => {
    expect(decodeText(fixture('bad-unreadable_encoding-jpeg.geojson'))).toEqual({ ok: false, offset: 0 });
    // A valid start, then garbage: the offset points past the valid part.
    expect(decodeText(new Uint8Array([...new TextEncoder().encode('{"имя": "'), 0x80, 0x81, 0x82, 0x83, 0x84]))).toEqual({ ok: false, offset: 12 });
  });

  it('takes the encoding an XML file declares', () => {
    const kml = new Uint8Array(Buffer.from('<?xml version="1.0" encoding="windows-1251"?><kml/>'));
    expect(xmlDeclaredEncoding(kml)).toBe('windows-1251');
    expect(decodeText(new Uint8Array([0xcf, 0xeb, 0xee, 0xf9, 0xe0, 0xe4, 0xea, 0xe0]), 'windows-1251')).toMatchObject({ text: 'Площадка' });
  });
});
