import { crc32, deflateRawSync } from 'node:zlib';

/** A ZIP archive (stored or deflated entries) written by hand, so tests can build hostile workbooks. */
export function zipOf(entries: { name: string; content: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const { name, content } of entries) {
    const data = deflateRawSync(content, { level: 9 });
    const nameBytes = Buffer.from(name);
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed
    common.writeUInt16LE(0, 2); // flags
    common.writeUInt16LE(8, 4); // deflate
    common.writeUInt32LE(0, 6); // time and date
    common.writeUInt32LE(crc32(content), 10);
    common.writeUInt32LE(data.length, 14);
    common.writeUInt32LE(content.length, 18);
    common.writeUInt16LE(nameBytes.length, 22);
    common.writeUInt16LE(0, 24);
    const local = Buffer.concat([u32(0x04034b50), common, nameBytes, data]);
    // Then comment length, disk, internal and external attributes (10 bytes), the local header's offset.
    const central = Buffer.concat([
      u32(0x02014b50),
      u16(20),
      common,
      Buffer.alloc(10),
      u32(offset),
      nameBytes,
    ]);
    locals.push(local);
    directory.push(central);
    offset += local.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** An XLSX whose one sheet inflates to `megabytes` MB of rows: a few hundred kilobytes on disk. */
export function xlsxBomb(megabytes: number): Buffer {
  const row = Buffer.from('<row><c t="inlineStr"><is><t>Anna</t></is></c></row>');
  const sheet = Buffer.alloc(megabytes * 1024 * 1024, row);
  return zipOf([
    { name: '[Content_Types].xml', content: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'xl/worksheets/sheet1.xml', content: sheet },
  ]);
}

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n);
  return b;
};
