import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser, openPage } from "../support/browser.js";

const FOCUS_AREAS = ["Befolkningsvekst", "Kompetanse og næringsutvikling", "Profilering og markedsføring", "Diskusjonsarena"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openHamarregionen(lang: "nb" | "sv") {
  const page = await openPage(browser, `/?lang=${lang}`);
  await page.getByRole("link", { name: /Handlingsprogram 2022–2023/ }).click();
  await page.getByRole("heading", { level: 1, name: "Handlingsprogram 2022–2023" }).waitFor();
  return page;
}

describe("the published programmes, read by anyone", () => {
  it("is accessible and fits a 320 px wide screen, on the front page and a programme", async () => {
    const page = await openPage(browser, "/?lang=nb");
    await page.getByRole("link", { name: /Handlingsprogram 2022–2023/ }).waitFor();
    await expectNoAxeViolations(page);
    for (const path of ["/?lang=nb", null]) {
      await page.setViewportSize({ width: 320, height: 800 });
      if (path === null) {
        await page.getByRole("link", { name: /Handlingsprogram 2022–2023/ }).click();
        await page.getByRole("heading", { level: 1, name: "Handlingsprogram 2022–2023" }).waitFor();
      }
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.screenshot({ path: "test-results/programme-320.png", fullPage: false });
    await page.close();
  });
});

describe("Hamarregionen's action programme", () => {
  it("shows the four focus areas, their sub-themes and measures in Norwegian", async () => {
    const page = await openHamarregionen("nb");
    expect(await page.getAttribute("html", "lang")).toBe("nb");
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.filter((text) => FOCUS_AREAS.includes(text.trim()))).toEqual(FOCUS_AREAS);
    await expect(page.getByText("Trippel Helix", { exact: true }).isVisible()).resolves.toBe(true);
    await expect(page.locator("table").getByText("Regional ladestruktur", { exact: true }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: "test-results/programme-nb.png", fullPage: false });
    await expectNoAxeViolations(page);
    await page.close();
  });

  it("shows the same programme with a Swedish interface", async () => {
    const page = await openHamarregionen("sv");
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    const headings = await page.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.filter((text) => FOCUS_AREAS.includes(text.trim()))).toEqual(FOCUS_AREAS);
    await expect(page.getByRole("columnheader", { name: "Åtgärd" }).first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("switches language with the language selector and keeps the choice", async () => {
    const page = await openHamarregionen("nb");
    await page.getByLabel(/Språk/).selectOption("sv");
    await page.waitForFunction(() => document.documentElement.lang === "sv");
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Handlingsprogram 2022–2023" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await page.close();
  });
});
