import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { signedIn } from "../support/session.js";

// The secretariat budgets a shared measure of its council; the county sets what it committed
// against what approved reports say was spent.

const HAMAR_AGREEMENT = "Partnerskapsavtale mellom Innlandet fylkeskommune og Hamarregionen 2022–2026";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** An address found through the API the portal itself uses, then opened like a bookmark. */
async function openByApi(page: Page, procedure: string, match: { title: string; owner?: string }, route: string) {
  const id = await page.evaluate(
    async ({ procedure, match }) => {
      const response = await fetch(`/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify({}))}`);
      const items = (await response.json()).result.data.items as Array<{ id: string; title: string; owner?: { name: string } }>;
      return items.find((item) => item.title === match.title && (!match.owner || item.owner?.name.includes(match.owner)))?.id;
    },
    { procedure, match },
  );
  expect(id).toBeTruthy();
  await page.goto(new URL(`/${route}/${id}`, page.url()).toString());
  await page.getByRole("heading", { level: 1, name: match.title }).waitFor();
}

const grid = (page: Page) => page.getByRole("table", { name: /^Budsjett per finansieringskilde og år/ });
const totalText = async (page: Page) => (await grid(page).locator("tfoot tr").last().locator("td").last().textContent()) ?? "";

describe("the secretariat's budget of Regional ladestruktur", () => {
  it("adds a funding source row, is told a wrong amount at its cell, saves, and empties it again", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no");
    await openByApi(page, "programmes.list", { title: "Handlingsprogram 2022–2023", owner: "Hamarregionen" }, "programmes");
    await page.getByRole("link", { name: "Regional ladestruktur", exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: "Regional ladestruktur", exact: true }).waitFor();
    const budget = page.getByRole("region", { name: "Budsjett" });
    const before = await totalText(page);

    // A row for external funding, which the measure has none of yet; the focus lands in its first year.
    await budget.getByLabel("Legg til en rad for").selectOption({ label: "Hele tiltaket: Ekstern finansiering" });
    await budget.getByRole("button", { name: "Legg til rad" }).click();
    const cell = budget.getByRole("textbox", { name: /^Hele tiltaket, Ekstern finansiering, \d{4}$/ }).first();
    await expect.poll(() => cell.evaluate((input) => input === document.activeElement)).toBe(true);
    const cellName = (await cell.getAttribute("aria-label")) ?? "";

    // Typed wrong: said at the cell and in the summary, nothing sent.
    await cell.fill("150 kroner");
    await budget.getByRole("button", { name: "Lagre 1 endring" }).click();
    await budget.getByRole("link", { name: `${cellName} må være et beløp, for eksempel 12 500 eller 12 500,50.` }).waitFor();
    expect(await cell.getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/budget-grid-error.png", fullPage: true });

    await cell.fill("150 000");
    await budget.getByRole("button", { name: "Lagre 1 endring" }).click();
    await budget.getByRole("status").filter({ hasText: "1 celle er lagret." }).waitFor();
    await expect.poll(() => totalText(page)).not.toBe(before);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/budget-grid-added.png", fullPage: true });

    // An emptied cell removes its line.
    await budget.getByRole("textbox", { name: cellName }).fill("");
    await budget.getByRole("button", { name: "Lagre 1 endring" }).click();
    await budget.getByRole("status").filter({ hasText: "1 celle er lagret." }).waitFor();
    await expect.poll(() => totalText(page)).toBe(before);
    await page.context().close();
  });
});

describe("the county's committed against spent", () => {
  it("shows per year what Innlandet committed to Hamarregionen and what was spent", async () => {
    const page = await signedIn(browser, "fylke@demo.samspill.no");
    await openByApi(page, "agreements.list", { title: HAMAR_AGREEMENT }, "agreements");
    const spending = page.getByRole("region", { name: "Tilsagt og brukt per år og finansieringskilde" });
    await spending.getByRole("columnheader", { name: "Tilsagt" }).waitFor();
    await spending.getByRole("columnheader", { name: "Brukt" }).waitFor();
    expect(await spending.getByRole("rowheader").count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/agreement-spending.png", fullPage: true });
    await page.context().close();
  });
});
