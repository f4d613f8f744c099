import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trpc } from "../support/api.js";
import { baseUrl, launchBrowser, openPage } from "../support/browser.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { submitSignIn } from "../support/session.js";

// PRODUCT.md walkthrough "Gardermoregionen (seed 002)": the secretariat revises its adopted
// action programme, sees what changed and adopts the revision, which supersedes the old one.

const TITLE = "Handlingsprogram for strategisk næringsplan 2021–2023";
const EDITED = { from: "Initiere flere nettverk og næringsklynger", to: "Initiere flere nettverk, klynger og samarbeid" };
const CARRIED = "Synliggjøre merverdien av en felles strategi";
const COMPLETED = "Kartlegge nettverk og næringsklynger i regionen";
const ADDED = "Grønn industri i Gardermoregionen";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const idFromUrl = (page: Page) => new URL(page.url()).pathname.split("/")[2] ?? "";

describe("Gardermoregionen's rolling revision", () => {
  it("starts a revision, shows what changed and adopts it, superseding the old version", async () => {
    // The programme is public: the secretariat finds it on the front page, then signs in there.
    const page = await openPage(browser, "/?lang=nb");
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByRole("banner").getByRole("link", { name: "Logg inn" }).click();
    await submitSignIn(page, "gardermoregionen@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const originalId = idFromUrl(page);

    // Start revision, offered where the adopted version's structure would be edited: a confirming dialog, then the new draft.
    const actions = page.getByRole("navigation", { name: "Versjoner og rullering" });
    await page.getByRole("region", { name: "Endringer i det vedtatte handlingsprogrammet" }).getByRole("button", { name: "Start rullering" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("heading", { name: "Starte rullering?" }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/revision-start-dialog.png" });
    await dialog.getByRole("button", { name: "Start rullering" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/programmes/") && !url.pathname.includes(originalId));
    await page.getByText("Versjon 2").waitFor();
    const revisionId = idFromUrl(page);
    await expect(page.getByRole("main").getByText("Utkast", { exact: true }).count()).resolves.toBeGreaterThan(0);

    // Edit one carried measure's title through the measure page.
    await page.getByRole("link", { name: EDITED.from }).first().click();
    await page.getByRole("button", { name: "Rediger tiltaket" }).click();
    await page.getByLabel("Tittel").fill(EDITED.to);
    await page.getByRole("button", { name: "Lagre" }).click();
    await page.getByText("Lagret.").waitFor();
    // No screen creates measures yet, so the added one goes through the API as the browser would.
    const draft = await trpc<{ owner: { id: string } }>(page, "query", "programmes.get", { id: revisionId });
    await trpc(page, "mutation", "measures.create", { programmeId: revisionId, scope: "shared", ownerId: draft.owner.id, title: ADDED, position: 20 });

    // What changed.
    await page.goto(new URL(`/programmes/${revisionId}?lang=nb`, baseUrl()).toString());
    await actions.getByRole("link", { name: "Hva er endret siden forrige versjon" }).click();
    await page.getByRole("heading", { level: 1, name: "Hva er endret" }).waitFor();
    const measures = page.getByRole("region", { name: "Tiltak", exact: true });
    await measures.getByRole("region", { name: "Nye (1)" }).getByText(ADDED).waitFor();
    const changed = measures.getByRole("region", { name: "Endret (1)" });
    await changed.getByRole("table", { name: `Endringer i ${EDITED.to}` }).getByRole("cell", { name: EDITED.from }).waitFor();
    const carried = measures.getByRole("region", { name: /^Ført videre uendret/ });
    await carried.getByText(CARRIED).waitFor();
    await expect(carried.getByText(COMPLETED).count()).resolves.toBe(0);
    const notCarried = measures.getByRole("region", { name: /^Ikke ført videre/ });
    await expect(notCarried.getByRole("listitem").filter({ hasText: COMPLETED }).getByText("Fullført").isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/revision-diff-nb.png", fullPage: true });

    // Adopt the revision: first the form's own checks, then the decision.
    await page.goto(new URL(`/programmes/${revisionId}?lang=nb`, baseUrl()).toString());
    await actions.getByRole("link", { name: "Vedta denne versjonen" }).click();
    await page.getByRole("heading", { level: 1, name: "Vedta versjon 2" }).waitFor();
    await expect(page.getByLabel("Vedtaksorgan").inputValue()).resolves.toBe("Regionrådet");
    await page.getByLabel("Saksnummer").fill("41-22");
    await page.getByRole("button", { name: "Registrer vedtak og vedta" }).click();
    await page.getByText("Saksnummer skrives som 41/22.").first().waitFor();
    expect(await page.getByLabel("Saksnummer").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/revision-adopt-errors.png", fullPage: true });
    await page.getByLabel("Møtedato").fill("2022-11-18");
    await page.getByLabel("Saksnummer").fill("41/22");
    await page.getByLabel("Vedtakstekst").fill("Regionrådet vedtar rullert handlingsprogram for strategisk næringsplan.");
    await page.getByRole("button", { name: "Registrer vedtak og vedta" }).click();

    // The versions list: the new version adopted, the old one superseded.
    await page.getByRole("heading", { level: 1, name: "Versjoner" }).waitFor();
    await page.getByText("Versjonen er vedtatt.", { exact: false }).waitFor();
    await page.getByText("Forrige versjon er nå erstattet.").waitFor();
    const rows = page.getByRole("table").getByRole("row");
    await expect(rows.filter({ has: page.getByRole("rowheader", { name: "1", exact: true }) }).getByText("Erstattet").isVisible()).resolves.toBe(true);
    await expect(rows.filter({ has: page.getByRole("rowheader", { name: "2", exact: true }) }).getByText("Vedtatt").isVisible()).resolves.toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/revision-versions-nb.png", fullPage: true });

    // The old version's own page says so too.
    await page.goto(new URL(`/programmes/${originalId}?lang=nb`, baseUrl()).toString());
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await expect(page.getByRole("main").getByText("Erstattet", { exact: true }).first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});
