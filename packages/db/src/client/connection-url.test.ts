import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { dbOptionsFromEnv } from "./create-db.js";

// README's managed-PostgreSQL example: TLS verified against the provider's CA, all in
// DATABASE_URL. Samspill hands the URL to `pg` as it is; `pg` reads sslmode and sslrootcert.

const folder = mkdtempSync(path.join(tmpdir(), "samspill-ca-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("a DATABASE_URL with verified TLS", () => {
  it("reaches the driver unchanged, which verifies the server against the CA file it names", () => {
    const ca = path.join(folder, "provider-ca.pem");
    writeFileSync(ca, "-----BEGIN CERTIFICATE-----\nprovider\n-----END CERTIFICATE-----\n");
    const url = `postgres://samspill@db.example.org:5432/samspill?sslmode=verify-full&sslrootcert=${ca}`;
    expect(dbOptionsFromEnv({ DATABASE_URL: url }).databaseUrl).toBe(url);

    const client = new pg.Client({ connectionString: url });
    expect({ host: client.host, database: client.database, user: client.user }).toEqual({ host: "db.example.org", database: "samspill", user: "samspill" });
    // The CA is read from the file, and certificate checking is not turned off.
    expect(client.ssl).toEqual({ ca: "-----BEGIN CERTIFICATE-----\nprovider\n-----END CERTIFICATE-----\n" });
  });
});
