/**
 * What a ZIP archive's central directory says its entries inflate to, read before anything is inflated:
 * an XLSX of a few hundred kilobytes can inflate to gigabytes. Null when there is no readable directory.
 * A ZIP64 marker (an entry or archive beyond 4 GB) counts as infinitely large; no spreadsheet of ours needs it.
 */
export function declaredInflatedBytes(file: Buffer): number | null {
  const EOCD = 0x06054b50;
  const ENTRY = 0x02014b50;
  const end = findEndOfDirectory(file, EOCD);
  if (end < 0) return null;
  const entries = file.readUInt16LE(end + 10);
  const size = file.readUInt32LE(end + 12);
  const offset = file.readUInt32LE(end + 16);
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return Number.POSITIVE_INFINITY;
  if (offset + size > end) return null;
  let total = 0;
  let at = offset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > end || file.readUInt32LE(at) !== ENTRY) return null;
    const inflated = file.readUInt32LE(at + 24);
    if (inflated === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += inflated;
    at += 46 + file.readUInt16LE(at + 28) + file.readUInt16LE(at + 30) + file.readUInt16LE(at + 32);
  }
  return total;
}

/** The end-of-central-directory record is the last 22 bytes, followed by a comment of up to 64 KiB. */
function findEndOfDirectory(file: Buffer, signature: number) {
  const last = file.length - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (file.readUInt32LE(at) === signature) return at;
  }
  return -1;
}
