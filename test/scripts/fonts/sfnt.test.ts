import { describe, expect, it } from 'vitest';
import { nameTable, readNames, readSfnt, writeSfnt } from '../../../scripts/fonts/sfnt';

const head = () => {
  const data = Buffer.alloc(54);
  data.writeUInt32BE(0x5f0f3cf5, 12); // head's magic number
  return data;
};

describe('sfnt', () => {
  it('writes a file whose words sum to the checksum constant, tables in tag order', () => {
    const file = writeSfnt({ flavor: 0x00010000, tables: [{ tag: 'name', data: nameTable([{ id: 1, text: 'X' }]) }, { tag: 'head', data: head() }, { tag: 'cmap', data: Buffer.from([1, 2, 3]) }] });
    let sum = 0;
    for (let i = 0; i < file.length; i += 4) sum = (sum + file.readUInt32BE(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
    const read = readSfnt(file);
    expect(read.tables.map((t) => t.tag)).toEqual(['cmap', 'head', 'name']);
    expect([...read.tables[0]!.data]).toEqual([1, 2, 3]);
  });

  it('reads back the names it writes, Cyrillic included', () => {
    const records = [
      { id: 4, text: 'Шрифт Bold' },
      { id: 1, text: 'Шрифт' },
    ];
    expect(readNames(nameTable(records))).toEqual([records[1], records[0]]);
  });
});
