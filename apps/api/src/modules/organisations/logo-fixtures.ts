import { saveOrganisationLogo } from "@samspill/db";
import { createOrganisation, getTestDb } from "@samspill/db/testing";

// Logos for the tests: a real 1 × 1 PNG, and an organisation that already has it.

export const PNG_1X1 = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

export async function organisationWithLogo(kind: "regional_council" | "partner" = "partner") {
  const db = await getTestDb();
  const organisation = await createOrganisation(db, { kind });
  const bytes = Buffer.from(PNG_1X1, "base64");
  const logo = await saveOrganisationLogo(db, {
    organisationId: organisation.id, mimeType: "image/png", bytes, sizeBytes: bytes.length, width: 1, height: 1, uploadedBy: null,
  }, 0);
  return { organisation, logo };
}
