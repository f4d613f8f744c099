import { describe, expect, it } from "vitest";
import { createOrganisation, getTestDb } from "../testing/index.js";
import { deleteOrganisationLogo, findOrganisationLogo, saveOrganisationLogo } from "./organisation-logo.repository.js";

const logo = (organisationId: string, bytes: number[]) => ({
  organisationId, mimeType: "image/png", bytes: Buffer.from(bytes), sizeBytes: bytes.length, width: 40, height: 20, uploadedBy: null,
});

describe("organisation logos", () => {
  it("stores one logo per organisation, replaces it at the version read and removes it", async () => {
    const db = await getTestDb();
    const organisation = await createOrganisation(db, { kind: "regional_council" });
    const first = await saveOrganisationLogo(db, logo(organisation.id, [1, 2, 3]), 0);
    expect(first.version).toBe(1);
    expect([...new Uint8Array(first.bytes)]).toEqual([1, 2, 3]);

    const second = await saveOrganisationLogo(db, logo(organisation.id, [4, 5]), first.version);
    expect(second).toMatchObject({ id: first.id, version: 2, sizeBytes: 2 });
    expect([...new Uint8Array((await findOrganisationLogo(db, organisation.id))!.bytes)]).toEqual([4, 5]);

    await expect(saveOrganisationLogo(db, logo(organisation.id, [6]), first.version)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(saveOrganisationLogo(db, logo(organisation.id, [6]), 0)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(deleteOrganisationLogo(db, organisation.id, first.version)).rejects.toMatchObject({ code: "CONFLICT" });

    await deleteOrganisationLogo(db, organisation.id, second.version);
    expect(await findOrganisationLogo(db, organisation.id)).toBeUndefined();
    await expect(deleteOrganisationLogo(db, organisation.id, second.version)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses a logo whose size does not match its bytes, or past 256 KiB", async () => {
    const db = await getTestDb();
    const organisation = await createOrganisation(db, { kind: "municipality" });
    await expect(saveOrganisationLogo(db, { ...logo(organisation.id, [1, 2]), sizeBytes: 3 }, 0)).rejects.toThrow();
    const large = Buffer.alloc(262_145);
    await expect(saveOrganisationLogo(db, { ...logo(organisation.id, []), bytes: large, sizeBytes: large.length }, 0)).rejects.toThrow();
    expect(await findOrganisationLogo(db, organisation.id)).toBeUndefined();
  });
});
