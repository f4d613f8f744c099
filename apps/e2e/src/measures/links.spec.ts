import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { openProgramme, signedIn } from "../support/session.js";

// The secretariat tags a measure with one more UN sustainable development goal and sees it saved.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("sustainable development goals of a measure", () => {
  it("the secretariat adds SDG 6 to Regional ladestruktur", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no");
    await openProgramme(page, "Handlingsprogram 2022–2023", "Hamarregionen");
    await page.getByRole("link", { name: "Regional ladestruktur", exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: "Regional ladestruktur", exact: true }).waitFor();

    const facts = page.getByText(/^Bærekraftsmål \d+$/);
    expect(await facts.allTextContents()).toEqual(["Bærekraftsmål 7", "Bærekraftsmål 9", "Bærekraftsmål 11", "Bærekraftsmål 13"]);
    await page.getByText("Endre bærekraftsmål", { exact: true }).last().click();
    const sdg = page.getByRole("group", { name: "Bærekraftsmål tiltaket støtter" });
    await expect(sdg.getByRole("checkbox", { name: /^13\. / }).isChecked()).resolves.toBe(true);
    await sdg.getByRole("checkbox", { name: /^6\. / }).check();
    await expectNoAxeViolations(page);
    await sdg.locator("xpath=ancestor::form").getByRole("button", { name: "Lagre" }).click();
    await page.getByText("Lagret.").first().waitFor();
    await page.getByText("Bærekraftsmål 6", { exact: true }).first().waitFor();
    expect(await facts.allTextContents()).toEqual([
      "Bærekraftsmål 6", "Bærekraftsmål 7", "Bærekraftsmål 9", "Bærekraftsmål 11", "Bærekraftsmål 13",
    ]);
    await page.screenshot({ path: "test-results/measure-sdg.png", fullPage: true });
    await page.context().close();
  });
});
