/**
 * What an OLE compound file (MS-CFB) holds, by the names in its directory: Excel saves an
 * .xlsx with a password to open as one (EncryptionInfo + EncryptedPackage streams), and a
 * legacy .xls is one too (a Workbook or Book stream). Only the directory is read, every
 * offset checked against the file and every sector chain cut off where it loops, so a
 * hostile file costs at most one pass over its own bytes.
 */

const SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const ENDOFCHAIN = 0xfffffffe;
/** The header's own list of FAT sectors; bigger files continue it in DIFAT sectors. */
const HEADER_DIFAT = 109;

export function isCompoundFile(head: Buffer): boolean {
  return head.length >= 8 && head.subarray(0, 8).equals(SIGNATURE);
}

export type CompoundKind = 'encrypted' | 'xls' | 'other' | 'unreadable';

/** Names of the storages and streams in a compound file's directory; undefined when its structure cannot be followed. */
export function compoundNames(bytes: Buffer): string[] | undefined {
  if (!isCompoundFile(bytes) || bytes.length < 512) return undefined;
  const shift = bytes.readUInt16LE(30);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const sectorCount = Math.floor((bytes.length - size) / size);
  const sectorAt = (id: number) => (id >= 0 && id < sectorCount ? size + id * size : -1);
  const u32 = (at: number) => bytes.readUInt32LE(at);

  // The FAT sectors: 109 in the header, then a chain of DIFAT sectors (each ending in the next's id).
  const fatSectors: number[] = [];
  const fatCount = u32(44);
  for (let i = 0; i < HEADER_DIFAT && fatSectors.length < fatCount; i++) fatSectors.push(u32(76 + i * 4));
  const perSector = size / 4;
  const seen = new Set<number>();
  for (let d = u32(68); d !== ENDOFCHAIN && fatSectors.length < fatCount; ) {
    const at = sectorAt(d);
    if (at < 0 || seen.has(d)) return undefined;
    seen.add(d);
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatCount; i++) fatSectors.push(u32(at + i * 4));
    d = u32(at + size - 4);
  }
  const next = (id: number): number => {
    const fatSector = sectorAt(fatSectors[Math.floor(id / perSector)] ?? -1);
    return fatSector < 0 ? -1 : u32(fatSector + (id % perSector) * 4);
  };

  const names: string[] = [];
  seen.clear();
  for (let id = u32(48); id !== ENDOFCHAIN; id = next(id)) {
    const at = sectorAt(id);
    if (at < 0 || seen.has(id)) return undefined;
    seen.add(id);
    for (let e = at; e < at + size; e += 128) {
      const type = bytes[e + 66];
      const length = bytes.readUInt16LE(e + 64);
      if ((type === 1 || type === 2) && length >= 2 && length <= 64) names.push(bytes.toString('utf16le', e, e + length - 2));
    }
  }
  return names;
}

/** Whether a compound file is an encrypted .xlsx, a legacy .xls, something else, or unreadable. */
export function compoundKind(bytes: Buffer): CompoundKind {
  const names = compoundNames(bytes);
  if (!names) return 'unreadable';
  if (names.includes('EncryptedPackage') || names.includes('EncryptionInfo')) return 'encrypted';
  if (names.includes('Workbook') || names.includes('Book')) return 'xls';
  return 'other';
}
