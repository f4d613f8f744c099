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

const totalText = async (page: Page) => (await page.getByRole("table", { name: "Budsjettlinjer per år og finansieringskilde" }).locator("tfoot tr").last().textContent()) ?? "";

describe("the secretariat's budget of Regional ladestruktur", () => {
  it("adds a line for 2026, sees the totals change, and removes it again", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no");
    await openByApi(page, "programmes.list", { title: "Handlingsprogram 2022–2023", owner: "Hamarregionen" }, "programmes");
    await page.getByRole("link", { name: "Regional ladestruktur", exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: "Regional ladestruktur", exact: true }).waitFor();
    const before = await totalText(page);

    await page.getByRole("button", { name: "Legg til budsjettlinje" }).click();
    const form = page.getByRole("form", { name: "Ny budsjettlinje" });
    await form.getByLabel("År").fill("2026");
    await form.getByLabel("Beløp (NOK)").fill("150 kroner");
    await form.getByRole("button", { name: "Lagre budsjettlinje" }).click();
    // Typed wrong: said at the field and in the summary, nothing sent.
    await form.getByText("Beløp (NOK) må være et beløp, for eksempel 12 500 eller 12 500,50.").first().waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/budget-form-error.png", fullPage: true });

    await form.getByLabel("Beløp (NOK)").fill("150 000");
    await form.getByLabel("Finansieringskilde").selectOption({ label: "Fylkets partnerskapsmidler" });
    await form.getByRole("button", { name: "Lagre budsjettlinje" }).click();
    await page.getByRole("status").filter({ hasText: "Budsjettlinjen er lagt til." }).waitFor();
    await expect.poll(() => totalText(page)).not.toBe(before);
    const table = page.getByRole("table", { name: "Budsjettlinjer per år og finansieringskilde" });
    await table.getByRole("rowheader", { name: "Sum 2026" }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/budget-added.png", fullPage: true });

    await page.getByRole("button", { name: "Fjern budsjettlinje 2026, Fylkets partnerskapsmidler" }).click();
    await page.getByRole("button", { name: "Ja, fjern" }).click();
    await page.getByRole("status").filter({ hasText: "Budsjettlinjen er fjernet." }).waitFor();
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
