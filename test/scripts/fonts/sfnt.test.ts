import { describe, expect, it } from 'vitest';
import { nameTable, postScriptName, readNames, readSfnt, writeSfnt } from '../../../scripts/fonts/sfnt';

const head = () => {
  const data = Buffer.alloc(54);
  data.writeUInt32BE(0x00010000, 0); // version
  data.writeUInt32BE(0xdeadbeef, 8); // a stale checkSumAdjustment: must be replaced
  data.writeUInt32BE(0x5f0f3cf5, 12); // magic number
  data.writeUInt16BE(1000, 18); // units per em
  return data;
};
const sum = (b: Buffer) => {
  let s = 0;
  for (let i = 0; i < b.length; i += 4) s = (s + b.readUInt32BE(i)) >>> 0;
  return s;
};

describe('sfnt', () => {
  it("writes tables in tag order with each one's checksum, and head's adjustment making the file sum to the constant", () => {
    const file = writeSfnt({ flavor: 0x00010000, tables: [{ tag: 'name', data: nameTable([{ id: 1, text: 'X' }]) }, { tag: 'head', data: head() }, { tag: 'cmap', data: Buffer.from([1, 2, 3]) }] });
    const read = readSfnt(file);
    expect(read.tables.map((t) => t.tag)).toEqual(['cmap', 'head', 'name']);
    expect([...read.tables[0]!.data]).toEqual([1, 2, 3]);
    // The directory's checksum of each table: its words, zero-padded (cmap's 1 2 3 -> 0x01020300).
    const entry = (i: number) => file.readUInt32BE(12 + 16 * i + 4);
    expect(entry(0)).toBe(0x01020300);
    const headTable = read.tables[1]!.data;
    const headWithoutAdjustment = Buffer.from(headTable);
    headWithoutAdjustment.writeUInt32BE(0, 8);
    expect(entry(1)).toBe(sum(Buffer.concat([headWithoutAdjustment, Buffer.alloc(2)])));
    expect(headTable.readUInt32BE(12)).toBe(0x5f0f3cf5);
    // checkSumAdjustment = 0xB1B0AFBA - the file's sum with the adjustment at 0.
    const zeroed = Buffer.from(file);
    zeroed.writeUInt32BE(0, file.indexOf(headTable) + 8);
    expect(headTable.readUInt32BE(8)).toBe((0xb1b0afba - sum(zeroed)) >>> 0);
    expect(sum(file)).toBe(0xb1b0afba);
  });

  it('reads back the names it writes, Cyrillic included', () => {
    const records = [
      { id: 4, text: 'Шрифт Bold' },
      { id: 1, text: 'Шрифт' },
    ];
    expect(readNames(nameTable(records))).toEqual([records[1], records[0]]);
  });

  it('makes a PostScript name of printable ASCII without spaces', () => {
    expect(postScriptName('ParkAtlas Sans', 'Bold')).toBe('ParkAtlasSans-Bold');
    expect(postScriptName('PT Sans Cyrillic (test)')).toBe('PTSansCyrillictest');
  });
});
