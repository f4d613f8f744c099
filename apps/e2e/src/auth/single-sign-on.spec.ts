import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trpc } from "../support/api.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { baseUrl, launchBrowser, openPage } from "../support/browser.js";
import { signedIn } from "../support/session.js";

// The API's local OpenID provider (oidc-provider), loaded by path like the statistics fixtures:
// a real provider on 127.0.0.1 with keys of its own, whose login form asks for the subject.
const providerModule = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../api/src/testing/oidc-provider.ts");
interface ProviderFixture {
  startOidcTestProvider: (options: {
    clients: { clientId: string; redirectUris: string[]; postLogoutRedirectUris: string[] }[];
    accounts: Record<string, { email?: string; name?: string }>;
  }) => Promise<{ issuer: string; close: () => Promise<void> }>;
}

const SECRETARIAT = { email: "sekretariat@demo.samspill.no", name: "Kari Nordmann", subject: "hamarregionen-kari" };
const STANGE = { email: "stange@demo.samspill.no", subject: "stange-contributor" };
const PROVIDER_NAME = "Hamarregionen ID";

let browser: Browser;
let provider: { issuer: string; close: () => Promise<void> };
let admin: Page;
let registered: { id: string; version: number };

async function userId(email: string): Promise<string> {
  const found = await trpc<{ items: { id: string; email: string }[] }>(admin, "query", "users.list", { search: email, limit: 5 });
  const user = found.items.find((item) => item.email === email);
  if (!user) throw new Error(`no demo user ${email}`);
  return user.id;
}

beforeAll(async () => {
  browser = await launchBrowser();
  const { startOidcTestProvider } = (await import(pathToFileURL(providerModule).href)) as ProviderFixture;
  provider = await startOidcTestProvider({
    clients: [{ clientId: "samspill-e2e", redirectUris: [`${baseUrl()}/api/auth/oidc/callback`], postLogoutRedirectUris: [`${baseUrl()}/`] }],
    accounts: { [SECRETARIAT.subject]: { email: SECRETARIAT.email }, [STANGE.subject]: { email: STANGE.email } },
  });
  admin = await signedIn(browser, "admin@demo.samspill.no");
});

afterAll(async () => {
  if (registered) await trpc(admin, "mutation", "identityProviders.remove", { id: registered.id, version: registered.version });
  await provider?.close();
  await browser?.close();
});

async function throughProvider(page: Page, subject: string): Promise<void> {
  await page.getByRole("banner").getByRole("link", { name: "Logg inn", exact: true }).click();
  await page.getByRole("link", { name: `Logg inn med ${PROVIDER_NAME}` }).click();
  await page.getByRole("heading", { name: "Test identity provider" }).waitFor();
  await page.getByLabel("Subject").fill(subject);
  await page.getByRole("button", { name: "Continue" }).click();
}

describe("single sign-on through the organisation's identity provider", () => {
  it("is set up by the admin: a provider serving Hamarregionen, registered from the admin's home", async () => {
    await admin.getByRole("navigation", { name: "Ditt arbeid" }).getByRole("link", { name: "Innlogging" }).click();
    await admin.getByRole("heading", { level: 1, name: "Innlogging og felles pålogging" }).waitFor();
    await admin.getByRole("button", { name: "Ny innloggingstjeneste" }).click();
    const form = admin.getByRole("form", { name: "Ny innloggingstjeneste" });
    await form.getByLabel("Navn på knappen").fill(PROVIDER_NAME);
    await form.getByLabel("Utsteder (issuer)").fill(provider.issuer);
    await form.getByLabel("Klient-ID").fill("samspill-e2e");
    await form.getByLabel("Ingen hemmelighet (offentlig klient med PKCE)").check();
    await form.getByLabel("Finn organisasjon").fill("Hamarregionen");
    const organisation = form.getByLabel("Organisasjon som skal legges til");
    await organisation.locator("option", { hasText: "Hamarregionen" }).first().waitFor({ state: "attached" });
    await organisation.selectOption({ index: 1 });
    await form.getByRole("button", { name: "Legg til organisasjon" }).click();
    await form.getByText(/^Hamarregionen/).first().waitFor();
    await expectNoAxeViolations(admin);
    await form.getByRole("button", { name: "Lagre" }).click();
    await admin.getByRole("status").getByText(`${PROVIDER_NAME} er lagret.`).waitFor();
    await admin.getByRole("cell", { name: PROVIDER_NAME, exact: true }).waitFor();

    // The people are linked to their subjects at the provider (arranged, not the screen under test).
    const providers = await trpc<{ id: string; version: number; name: string }[]>(admin, "query", "identityProviders.list");
    registered = providers.find((entry) => entry.name === PROVIDER_NAME)!;
    for (const person of [SECRETARIAT, STANGE]) {
      await trpc(admin, "mutation", "identityProviders.linkIdentity", { userId: await userId(person.email), providerId: registered.id, subject: person.subject });
    }
  });

  it("signs the Hamarregionen secretariat in from the front page, onto their dashboard, and out at the provider too", async () => {
    const page = await openPage(browser, "/");
    await throughProvider(page, SECRETARIAT.subject);
    const header = page.getByRole("banner");
    await header.getByText(SECRETARIAT.name).waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    await page.getByRole("heading", { level: 1, name: "Dashbord for rådet" }).waitFor();

    await header.getByRole("button", { name: "Logg ut" }).click();
    // The provider asks whether to end its session as well, then sends the browser home.
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await page.getByRole("button", { name: /yes/i }).click();
    await page.waitForURL((url) => url.href.startsWith(baseUrl()));
    await page.getByRole("banner").getByRole("link", { name: "Logg inn", exact: true }).waitFor();
    await page.close();
  });

  it("refuses a user whose organisation the provider does not serve, saying so on the sign-in page", async () => {
    const page = await openPage(browser, "/");
    await throughProvider(page, STANGE.subject);
    await page.getByRole("alert").getByText("Organisasjonen din logger ikke inn gjennom denne innloggingstjenesten.", { exact: false }).waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    await expect(page.getByRole("banner").getByRole("button", { name: "Logg ut" }).count()).resolves.toBe(0);
    // The way to try again is right there.
    await page.getByRole("link", { name: `Logg inn med ${PROVIDER_NAME}` }).waitFor();
    await expectNoAxeViolations(page);
    await page.close();
  });
});
