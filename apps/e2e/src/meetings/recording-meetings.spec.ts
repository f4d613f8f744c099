import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { baseUrl, launchBrowser, openPage } from "../support/browser.js";
import { signedIn } from "../support/session.js";

// Hamarregionen's secretariat records a meeting from the list, fills its agenda and decision,
// is stopped at the field when a case number repeats, and publishes; then the public reads it.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const TITLE = "Rådsmøte desember 2026";
const DECISION = "Regionrådet vedtar budsjett for 2027 som foreslått.";

/** Opens a folded form, leaving it be when it is open already (a click would fold it). */
async function openSummary(page: Page, text: string, scope = page.locator("main")) {
  const summary = scope.locator("summary", { hasText: text }).first();
  const open = await summary.evaluate((element) => (element.parentElement as HTMLDetailsElement).open);
  if (!open) await summary.click();
}

describe("recording a council meeting", () => {
  let meetingPath = "";

  it("lets the secretariat create a meeting, add a case and decision, and publish", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no");
    await page.goto(new URL("/meetings?lang=nb", baseUrl()).toString());
    await page.getByRole("heading", { level: 1, name: "Møter" }).waitFor();
    // The council's meeting list has loaded: the page will not re-render the form under us.
    await page.locator("main table").first().waitFor();
    await openSummary(page, "Nytt møte");
    await page.getByRole("button", { name: "Opprett møte" }).waitFor();
    await page.getByRole("button", { name: "Opprett møte" }).click();
    await page.getByRole("link", { name: "Organ må fylles ut." }).waitFor();
    expect(await page.getByLabel("Organ", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/meetings-new-form.png", fullPage: true });

    await page.getByLabel("Organ", { exact: true }).fill("Regionrådet");
    await page.getByLabel("Tittel").fill(TITLE);
    await page.getByLabel("Dato").fill("2026-12-11");
    await page.getByLabel("Sted (valgfritt)").fill("Hamar rådhus");
    await page.getByRole("button", { name: "Opprett møte" }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    meetingPath = new URL(page.url()).pathname;
    expect(meetingPath).toMatch(/^\/meetings\/[0-9a-f-]+$/);

    await openSummary(page, "Legg til sak");
    await page.getByLabel("Saksnummer").fill("30/26");
    await page.getByLabel("Tittel").fill("Budsjett 2027");
    await page.getByRole("button", { name: "Legg til i sakslisten" }).click();
    const item = page.getByRole("region", { name: "Budsjett 2027" });
    await item.getByText("Sak 30/26").waitFor();

    await openSummary(page, "Registrer vedtak", item);
    await item.getByLabel("Vedtak", { exact: true }).fill(DECISION);
    // What the decision concerns: a measure of the programme, chosen by its number.
    await item.getByLabel("Handlingsprogram og tiltakene i det").selectOption({ label: "Handlingsprogram 2022–2023 (versjon 1)" });
    await item.getByLabel("1.1 Regional ladestruktur").check();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/meetings-decision-links.png", fullPage: true });
    await item.getByRole("button", { name: "Lagre vedtak" }).click();
    await item.getByText(DECISION).waitFor();
    await item.getByText("Gjelder:").waitFor();
    await item.getByRole("link", { name: "Regional ladestruktur" }).waitFor();

    // The same case number again is refused at the field.
    await openSummary(page, "Legg til sak");
    await page.getByLabel("Saksnummer").fill("30/26");
    await page.getByLabel("Tittel").fill("Budsjett 2027 igjen");
    await page.getByRole("button", { name: "Legg til i sakslisten" }).click();
    await page.getByText("Saksnummer: sak 30/26 står allerede på sakslisten til møtet.").first().waitFor();
    expect(await page.getByLabel("Saksnummer").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/meetings-case-number-taken.png", fullPage: true });

    await page.getByRole("button", { name: "Publiser møtet og vedtakene" }).click();
    await page.getByRole("button", { name: "Avpubliser møtet og vedtakene" }).waitFor();
    await page.getByText("Publisert", { exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/meetings-published.png", fullPage: true });
    await page.context().close();
  });

  it("shows an anonymous reader the published meeting's decision", async () => {
    expect(meetingPath).not.toBe("");
    const page = await openPage(browser, `${meetingPath}?lang=nb`);
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByRole("region", { name: "Budsjett 2027" }).getByText(DECISION).waitFor();
    // The measure is in a published programme, so the public follows the link too.
    await page.getByRole("region", { name: "Budsjett 2027" }).getByRole("link", { name: "Regional ladestruktur" }).waitFor();
    expect(await page.getByRole("button", { name: /Publiser|Avpubliser/ }).count()).toBe(0);
    expect(await page.locator("summary", { hasText: "Legg til sak" }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/meetings-public-read.png", fullPage: true });
    await page.close();
  });
});
