import type { ClientErrorCode } from "../errors/error-code";
import type { FileRefusal } from "./file-refusal";

export type DownloadOutcome = { ok: true; fileName: string } | ({ ok: false } & FileRefusal);

/** The address of a file procedure (`.meta({ file: true })` on the server) with its input. */
export function fileUrl(procedure: string, input?: unknown): string {
  const query = input === undefined ? "" : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  return `/api/files/${encodeURIComponent(procedure)}${query}`;
}

/** `attachment; filename="…"; filename*=UTF-8''…` → the UTF-8 name when there is one. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) {
    try {
      return decodeURIComponent(encoded);
    } catch {
      // fall through to the plain name
    }
  }
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? fallback;
}

/** The server's code, with the reason and params it gave (a limit, when to come back). */
async function refusalFrom(response: Response): Promise<FileRefusal> {
  try {
    const body = (await response.json()) as { error?: { code?: string; reason?: string; params?: Record<string, unknown> } };
    const code = body.error?.code;
    if (code) return { code: code as ClientErrorCode, reason: body.error?.reason, params: body.error?.params };
  } catch {
    // not JSON: a proxy or the network answered
  }
  return { code: response.status >= 500 ? "INTERNAL" : "NETWORK" };
}

/**
 * Fetches the file and hands it to the browser as a download. Fetching first (rather than a
 * plain link) lets the page show the server's refusal in the user's language instead of
 * navigating to an error answer.
 */
export async function downloadFile(procedure: string, input?: unknown): Promise<DownloadOutcome> {
  let response: Response;
  try {
    response = await fetch(fileUrl(procedure, input), { credentials: "same-origin" });
  } catch {
    return { ok: false, code: "NETWORK" };
  }
  if (!response.ok) return { ok: false, ...(await refusalFrom(response)) };
  const fileName = fileNameFrom(response.headers.get("content-disposition"), "samspill");
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement("a");
  anchor.href = url;
  anchor.download = fileName;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, fileName };
}
