// What a logo file is, read from its first bytes rather than its name or the type a browser
// claims: PNG and JPEG only (SVG can carry scripts and Word needs a fallback picture for it),
// with the pixel size the document scales it from.

export const LOGO_TYPES = ["png", "jpg"] as const;
export type LogoType = (typeof LOGO_TYPES)[number];

export const LOGO_MIME_TYPES: Record<LogoType, string> = { png: "image/png", jpg: "image/jpeg" };

export interface ImageInfo {
  type: LogoType;
  mimeType: string;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const uint16 = (bytes: Uint8Array, at: number) => ((bytes[at] ?? 0) << 8) | (bytes[at + 1] ?? 0);
const uint32 = (bytes: Uint8Array, at: number) => uint16(bytes, at) * 0x10000 + uint16(bytes, at + 2);

function png(bytes: Uint8Array): ImageInfo | null {
  if (bytes.length < 24 || !PNG_SIGNATURE.every((byte, index) => bytes[index] === byte)) return null;
  // The first chunk is always IHDR: width and height as big-endian 32-bit numbers.
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== "IHDR") return null;
  return { type: "png", mimeType: LOGO_MIME_TYPES.png, width: uint32(bytes, 16), height: uint32(bytes, 20) };
}

/** A start-of-frame marker (baseline, progressive, …), which holds the size; not DHT, JPG or DAC. */
const isStartOfFrame = (marker: number) => marker >= 0xc0 && marker <= 0xcf && ![0xc4, 0xc8, 0xcc].includes(marker);

function jpeg(bytes: Uint8Array): ImageInfo | null {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8 || bytes[2] !== 0xff) return null;
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1] ?? 0;
    // Fill bytes and markers without a length (restart, start of image) take no segment.
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7)) {
      at += 2;
      continue;
    }
    if (isStartOfFrame(marker)) {
      return { type: "jpg", mimeType: LOGO_MIME_TYPES.jpg, width: uint16(bytes, at + 7), height: uint16(bytes, at + 5) };
    }
    if (marker === 0xda || marker === 0xd9) return null;
    at += 2 + uint16(bytes, at + 2);
  }
  return null;
}

/** The picture's type and size, or null when the bytes are not a PNG or JPEG with a size. */
export function readImageInfo(bytes: Uint8Array): ImageInfo | null {
  const info = png(bytes) ?? jpeg(bytes);
  return info && info.width > 0 && info.height > 0 ? info : null;
}
