import { inflateRawSync } from "node:zlib";
import { DomainError } from "@samspill/domain";

// An .xlsx file is a zip archive, and a small archive can inflate to gigabytes (a zip bomb).
// Before the workbook is parsed, every entry is inflated here with a hard cap on the total, so
// a hostile file costs at most that much memory and is refused with a clear error.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

export interface ZipLimits {
  maxEntries: number;
  maxUncompressedBytes: number;
}

export function unreadable(cause?: unknown): DomainError {
  return new DomainError("INVALID_INPUT", { reason: "file_unreadable", params: { field: "fileBase64" }, cause });
}

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65 535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let offset = last; offset >= Math.max(0, last - 0xffff); offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  throw unreadable();
}

/** Throws `file_unreadable` for anything that is not a plain zip within the limits. */
export function assertZipWithinLimits(bytes: Uint8Array, limits: ZipLimits): void {
  if (bytes.byteLength < 22) throw unreadable();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEndOfCentralDirectory(view);
  const entries = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (entries === 0 || entries > limits.maxEntries) throw unreadable();
  let budget = limits.maxUncompressedBytes;
  try {
    for (let index = 0; index < entries; index += 1) {
      if (view.getUint32(offset, true) !== CENTRAL_SIGNATURE) throw unreadable();
      const method = view.getUint16(offset + 10, true);
      const compressedSize = view.getUint32(offset + 20, true);
      const localOffset = view.getUint32(offset + 42, true);
      const nameLength = view.getUint16(offset + 28, true);
      offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);

      if (view.getUint32(localOffset, true) !== LOCAL_SIGNATURE) throw unreadable();
      const dataStart = localOffset + 30 + view.getUint16(localOffset + 26, true) + view.getUint16(localOffset + 28, true);
      if (dataStart + compressedSize > bytes.byteLength) throw unreadable();
      const data = bytes.subarray(dataStart, dataStart + compressedSize);
      if (method === 0) budget -= compressedSize;
      else if (method === 8) budget -= inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).byteLength;
      else throw unreadable();
      if (budget < 0) throw unreadable();
    }
  } catch (error) {
    // Reads past the end (RangeError) and inflate failures, including the cap, end up here.
    throw unreadable(error);
  }
}
