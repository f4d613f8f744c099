import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { signedIn as signedInAs } from "../support/session.js";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function signedIn(email: string): Promise<Page> {
  const page = await signedInAs(browser, email);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  return page;
}

/**
 * The programme page as a bookmarked address: the home page differs by role, so the programme
 * is found by owner and title in the list the portal itself shows.
 */
async function openProgramme(page: Page, owner: RegExp, title: RegExp) {
  const id = await page.evaluate(
    async ({ ownerSource, titleSource }) => {
      const response = await fetch(`/api/trpc/programmes.list?input=${encodeURIComponent(JSON.stringify({}))}`);
      const items = (await response.json()).result.data.items as Array<{ id: string; title: string; owner: { name: string } }>;
      return items.find((item) => new RegExp(ownerSource).test(item.owner.name) && new RegExp(titleSource).test(item.title))?.id;
    },
    { ownerSource: owner.source, titleSource: title.source },
  );
  expect(id).toBeTruthy();
  await page.goto(new URL(`/programmes/${id}`, page.url()).toString());
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
  // The filtered list of all measures comes from its own query.
  await page.getByRole("heading", { level: 2, name: "Alle tiltak", exact: true }).waitFor();
  await page.getByRole("status").filter({ hasText: /\d+ tiltak/ }).waitFor();
}

async function openMeasure(page: Page, title: string) {
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await page.getByRole("heading", { level: 1, name: title, exact: true }).waitFor();
}

describe("Elverum's measure with its indicators and budget", () => {
  it("opens Helse- og beredskapshovedstaden from Sør-Østerdal's programme", async () => {
    const page = await signedIn("elverum@demo.samspill.no");
    await openProgramme(page, /Sør-Østerdal/, /Handlingsprogram 2024–2025/);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/measures-programme-sor-osterdal.png", fullPage: true });

    await openMeasure(page, "Helse- og beredskapshovedstaden (Elverum+)");
    expect(new URL(page.url()).pathname).toMatch(/^\/measures\/.+/);
    const budget = page.getByRole("table", { name: /^Budsjett per finansieringskilde og år/ });
    await expect(budget.locator("tfoot tr").last().textContent()).resolves.toMatch(/5\s000\s000\skr/);

    const chart = page.getByRole("img", { name: /Diagram over Rørløft/ });
    await chart.waitFor();
    await chart.locator(".recharts-line").first().waitFor();
    const calls = page.getByRole("region", { name: /Rørløft/ });
    await calls.getByText("Vis verdiene som tabell").click();
    const values = calls.getByRole("table", { name: /Verdier for Rørløft/ });
    await values.getByRole("cell", { name: "145" }).first().waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/measures-elverum.png", fullPage: true });
    await page.context().close();
  });
});

describe("Stange's contributor and the parts of Regional ladestruktur", () => {
  it("filters the programme's measures through the address", async () => {
    const page = await signedIn("stange@demo.samspill.no");
    await openProgramme(page, /Hamarregionen/, /Handlingsprogram 2022–2023/);
    await page.getByLabel("Felles eller lokalt").selectOption("shared");
    await page.waitForURL(/scope=shared/);
    await page.reload();
    await page.getByRole("heading", { level: 2, name: "Alle tiltak", exact: true }).waitFor();
    await expect(page.getByLabel("Felles eller lokalt").inputValue()).resolves.toBe("shared");
    const list = page.getByRole("table", { name: "Alle tiltak", exact: true });
    await list.getByRole("link", { name: "Regional ladestruktur", exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it("edits Stange's part and is refused Hamar's", async () => {
    const page = await signedIn("stange@demo.samspill.no");
    await openProgramme(page, /Hamarregionen/, /Handlingsprogram 2022–2023/);
    await openMeasure(page, "Regional ladestruktur");
    const parts = page.getByRole("region", { name: "Kommunenes deler" });
    await parts.getByRole("table").waitFor();
    await expect(parts.getByRole("button", { name: "Rediger delen til Hamar" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);

    await parts.getByRole("button", { name: "Rediger delen til Stange" }).click();
    const form = page.getByRole("form", { name: "Rediger delen til Stange" });
    await form.getByLabel("Framdrift (%)").fill("65");
    await expectNoAxeViolations(page);
    await form.getByRole("button", { name: "Lagre" }).click();
    await form.waitFor({ state: "detached" });
    await parts.getByRole("row", { name: /Stange/ }).getByRole("progressbar").and(page.locator('[aria-valuenow="65"]')).waitFor();
    await page.screenshot({ path: "test-results/measures-stange-part.png", fullPage: true });

    // Forcing the call the page does not offer: the server refuses it as not Stange's.
    const measureId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
    const refusal = await page.evaluate(async (id) => {
      const get = await fetch(`/api/trpc/measures.get?input=${encodeURIComponent(JSON.stringify({ id }))}`);
      const measure = (await get.json()).result.data as { parts: Array<{ id: string; version: number; municipalityName: string }> };
      const hamar = measure.parts.find((part) => part.municipalityName === "Hamar");
      const post = await fetch("/api/trpc/measures.updatePart", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ id: hamar?.id, version: hamar?.version, progress: 99 }),
      });
      return { status: post.status, body: await post.json() };
    }, measureId);
    expect(refusal.status).toBe(403);
    expect(refusal.body.error.data.domainCode).toBe("FORBIDDEN");
    expect(refusal.body.error.data.reason).toBe("not_own_municipality");
    await page.context().close();
  });
});
