import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser } from "../support/browser.js";
import { expectNoAxeViolations } from "../support/axe.js";

const DRAFT_TITLE = "Utkast til handlingsprogram 2030–2031";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page in its own context (own cookies): axe needs one made with browser.newContext(). */
async function openPage(_browser: Browser, pathAndQuery: string, width = 1280): Promise<Page> {
  const context = await _browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL(pathAndQuery, baseUrl()).toString());
  return page;
}

/** The secretariat opens a draft programme through the API, as its own screen would. */
async function createDraftAsSecretariat(): Promise<string> {
  const page = await openPage(browser, "/sign-in?returnTo=%2F");
  await page.getByLabel("E-postadresse").fill("sekretariat@demo.samspill.no");
  await page.getByLabel("Passord").fill("samspill-demo");
  await page.getByRole("main").getByRole("button", { name: "Logg inn" }).click();
  await page.getByRole("banner").getByText("Kari Nordmann").waitFor();
  const council = await page.request.get(new URL("/api/trpc/organisations.get?input=" + encodeURIComponent(JSON.stringify({ slug: "hamarregionen" })), baseUrl()).toString());
  const ownerId = ((await council.json()) as { result: { data: { id: string } } }).result.data.id;
  const response = await page.request.post(new URL("/api/trpc/programmes.create", baseUrl()).toString(), {
    data: { ownerId, title: DRAFT_TITLE, periodStart: "2030-01-01", periodEnd: "2031-12-31" },
    headers: { "content-type": "application/json", "sec-fetch-site": "same-origin" },
  });
  expect(response.status()).toBe(200);
  const id = ((await response.json()) as { result: { data: { id: string; published: boolean } } }).result.data;
  expect(id.published).toBe(false);
  await page.close();
  return id.id;
}

describe("a council's public page", () => {
  it("shows an anonymous reader Hamarregionen's published programme and progress, never a draft", async () => {
    const draftId = await createDraftAsSecretariat();

    const page = await openPage(browser, "/?lang=nb");
    await page.getByRole("link", { name: /Hamarregionen/ }).first().click();
    await page.waitForURL(/\/r\/hamarregionen$/);
    await page.getByRole("heading", { level: 1, name: /Hamarregionen/ }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Publiserte handlingsprogram" }).waitFor();
    const programme = page.getByRole("article").filter({ hasText: "Handlingsprogram 2022–2023" });
    await programme.getByRole("progressbar").waitFor();
    await programme.getByRole("heading", { name: "Tiltak etter status" }).waitFor();
    expect(await programme.getByRole("listitem").count()).toBeGreaterThan(0);
    expect(await page.title()).toMatch(/^Hamarregionen.* – Samspill$/);
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description).toMatch(/Hamarregionen.*publiserte handlingsprogram/);

    await expect(page.getByText(DRAFT_TITLE).count()).resolves.toBe(0);
    await expect(page.locator(`a[href$="${draftId}"]`).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/public-council.png", fullPage: true });

    await programme.getByRole("link", { name: "Handlingsprogram 2022–2023" }).click();
    await page.getByRole("heading", { level: 1, name: "Handlingsprogram 2022–2023" }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { level: 2, name: "Publiserte handlingsprogram" }).waitFor();
    await page.close();
  });

  it("opens straight from its address, in Swedish too", async () => {
    const page = await openPage(browser, "/r/hamarregionen?lang=sv");
    await page.getByRole("heading", { level: 2, name: "Publicerade handlingsplaner" }).waitFor();
    await page.getByRole("heading", { name: "Åtgärder efter status" }).first().waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/public-council-sv.png", fullPage: true });
    await page.close();
  });
});
