// The chosen file as the API takes it. The server checks size and contents itself; the limit
// here only spares the user a long upload the server would refuse (its IMPORT_LIMITS.maxBytes).

export const MAX_IMPORT_KILOBYTES = 700;

export function isTooLarge(file: Pick<File, "size">): boolean {
  return file.size > MAX_IMPORT_KILOBYTES * 1024;
}

export function looksLikeXlsx(file: Pick<File, "name">): boolean {
  return /\.xlsx$/i.test(file.name);
}

/** Bytes → base64 in slices, since one `String.fromCharCode(...bytes)` overflows the call stack. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const slice = 0x8000;
  for (let start = 0; start < bytes.length; start += slice) {
    binary += String.fromCharCode(...bytes.subarray(start, start + slice));
  }
  return btoa(binary);
}

export async function fileToBase64(file: Blob): Promise<string> {
  return toBase64(new Uint8Array(await file.arrayBuffer()));
}
