import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trpc } from "../support/api.js";
import { launchBrowser, openPage } from "../support/browser.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { signedIn } from "../support/session.js";

const DRAFT_TITLE = "Utkast til handlingsprogram 2030–2031";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The secretariat opens a draft programme through the API, as its own screen would. */
async function createDraftAsSecretariat(): Promise<string> {
  const page = await signedIn(browser, "sekretariat@demo.samspill.no");
  await page.getByRole("banner").getByText("Kari Nordmann").waitFor();
  const council = await trpc<{ id: string }>(page, "query", "organisations.get", { slug: "hamarregionen" });
  const draft = await trpc<{ id: string; published: boolean }>(page, "mutation", "programmes.create", {
    ownerId: council.id, title: DRAFT_TITLE, periodStart: "2030-01-01", periodEnd: "2031-12-31",
  });
  expect(draft.published).toBe(false);
  await page.context().close();
  return draft.id;
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

    // The programme page asks for the bulk-entry grid (every measure, for those who may enter
    // parts and budgets) only when the server says the reader may use it: never for the public.
    const asked: string[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/api/trpc/")) asked.push(decodeURIComponent(request.url()));
    });
    await programme.getByRole("link", { name: "Handlingsprogram 2022–2023" }).click();
    await page.getByRole("heading", { level: 1, name: "Handlingsprogram 2022–2023" }).waitFor();
    await page.getByRole("heading", { level: 2, name: "Alle tiltak" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(asked.some((url) => url.includes("measures.list"))).toBe(true);
    expect(asked.filter((url) => url.includes("measures.programmeGrid"))).toEqual([]);
    await expect(page.getByRole("region", { name: "Deler og budsjett for alle tiltak" }).count()).resolves.toBe(0);
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
