// The chosen file as the API takes it. The server checks size and contents itself; the limit
// here only spares the user a long upload the server would refuse (its IMPORT_LIMITS.maxBytes).

export { fileToBase64 } from "../../shared/files/file-base64";

export const MAX_IMPORT_KILOBYTES = 700;

export function isTooLarge(file: Pick<File, "size">): boolean {
  return file.size > MAX_IMPORT_KILOBYTES * 1024;
}

export function looksLikeXlsx(file: Pick<File, "name">): boolean {
  return /\.xlsx$/i.test(file.name);
}
