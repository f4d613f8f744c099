// A chosen file as the API takes it: base64 in the JSON body (uploads of the measure import
// and of logos).

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
