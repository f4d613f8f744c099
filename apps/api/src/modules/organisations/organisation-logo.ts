import { findOrganisationById, findOrganisationLogo, type Executor, type OrganisationLogoRow } from "@samspill/db";
import { readImageInfo, type DocumentLogo, type ImageInfo } from "@samspill/documents";
import { DomainError } from "@samspill/domain";

// An organisation's logo as the admin uploads it and the documents use it. The file's type is
// read from its bytes (PNG or JPEG), never taken from its name or the browser's word for it.

/** 256 KiB: plenty for a logo on a title page, and the database refuses more. */
export const MAX_LOGO_BYTES = 256 * 1024;

export function readLogo(fileBase64: string): { bytes: Uint8Array; info: ImageInfo } {
  const bytes = new Uint8Array(Buffer.from(fileBase64, "base64"));
  if (bytes.byteLength === 0 || bytes.byteLength > MAX_LOGO_BYTES) {
    throw new DomainError("INVALID_INPUT", { reason: "logo_too_large", params: { field: "fileBase64", maxKilobytes: MAX_LOGO_BYTES / 1024 } });
  }
  const info = readImageInfo(bytes);
  if (!info) throw new DomainError("INVALID_INPUT", { reason: "logo_not_an_image", params: { field: "fileBase64" } });
  return { bytes, info };
}

/** What the audit log keeps of a logo: its facts, not its bytes. */
export function logoFacts(row: OrganisationLogoRow) {
  return { mimeType: row.mimeType, sizeBytes: row.sizeBytes, width: row.width, height: row.height, version: row.version };
}

export function logoView(row: OrganisationLogoRow) {
  return { ...logoFacts(row), dataBase64: Buffer.from(row.bytes).toString("base64"), updatedAt: new Date(row.updatedAt).toISOString() };
}

/** The organisation's logo as the Word documents take it, or null when it has none. */
export async function documentLogo(db: Executor, organisationId: string): Promise<DocumentLogo | null> {
  const row = await findOrganisationLogo(db, organisationId);
  if (!row) return null;
  return { data: new Uint8Array(row.bytes), type: row.mimeType === "image/png" ? "png" : "jpg", width: row.width, height: row.height };
}

export async function existingOrganisation(db: Executor, organisationId: string) {
  const organisation = await findOrganisationById(db, organisationId);
  if (!organisation) throw new DomainError("NOT_FOUND", { params: { kind: "organisation" } });
  return organisation;
}
