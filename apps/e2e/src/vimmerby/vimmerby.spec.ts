import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser } from "../support/browser.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { signedIn } from "../support/session.js";

// PRODUCT.md walkthrough "Vimmerby (seed 003), in Swedish": the secretariat signs in and gets
// the whole interface in Swedish with Swedish terms, the SLUS strategy's overarching goal and
// five goal areas, and money in SEK.

const GOAL_AREAS = [
  "Attraktiva och hållbara livsmiljöer",
  "Kompetens- och arbetsmarknadsförsörjning",
  "Främja företagsamhet på lika villkor",
  "Aktiv och meningsfull fritid i ett samhällsbyggande och inkluderande perspektiv",
  "Väl fungerande infrastruktur",
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// The user's language (Swedish) takes over once signed in, so the address names none.
const signInAsVimmerby = (): Promise<Page> => signedIn(browser, "vimmerby@demo.samspill.no", { lang: null, signOut: "Logga ut" });

async function programmeId(page: Page, title: string): Promise<string> {
  const id = await page.evaluate(async (wanted) => {
    const response = await fetch(`/api/trpc/programmes.list?input=${encodeURIComponent(JSON.stringify({}))}`);
    const items = (await response.json()).result.data.items as Array<{ id: string; title: string }>;
    return items.find((item) => item.title === wanted)?.id;
  }, title);
  expect(id).toBeTruthy();
  return id as string;
}

describe("Vimmerby, entirely in Swedish", () => {
  it("shows SLUS with its overarching goal, five goal areas and Swedish terms", async () => {
    const page = await signInAsVimmerby();
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await page.goto(new URL(`/programmes/${await programmeId(page, "Handlingsplan SLUS")}`, baseUrl()).toString());
    await page.getByRole("heading", { level: 1, name: "Handlingsplan SLUS" }).waitFor();
    const main = page.getByRole("main");
    await expect(main.getByText("Övergripande mål", { exact: true }).first().isVisible()).resolves.toBe(true);
    await expect(main.getByText(/Skapa goda förutsättningar för att ständigt stärka Vimmerby kommuns attraktionskraft/).first().isVisible())
      .resolves.toBe(true);
    const headings = (await page.getByRole("heading", { level: 2 }).allTextContents()).map((text) => text.trim());
    expect(headings.filter((text) => GOAL_AREAS.includes(text))).toEqual(GOAL_AREAS);
    await expect(main.getByText("Kommunfullmäktige", { exact: false }).first().isVisible()).resolves.toBe(true);
    await expect(main.getByRole("columnheader", { name: "Åtgärd" }).first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: "test-results/vimmerby-programme-sv.png" });
    await expectNoAxeViolations(page);
    await page.context().close();
  });

  it("shows a measure's budget in SEK, formatted the Swedish way", async () => {
    const page = await signInAsVimmerby();
    await page.goto(new URL(`/programmes/${await programmeId(page, "Handlingsplan SLUS")}`, baseUrl()).toString());
    await page.getByRole("link", { name: "Företagslots för nya företagare" }).first().click();
    await page.getByRole("heading", { level: 1, name: "Företagslots för nya företagare" }).waitFor();
    // 250 000 kr own contribution and 200 000 kr regional development funds in 2018.
    await expect(page.getByRole("main").getByText(/450\s000\skr/).first().isVisible()).resolves.toBe(true);
    await expect(page.getByRole("main").getByText("Genomförd").first().isVisible()).resolves.toBe(true);
    await page.screenshot({ path: "test-results/vimmerby-measure-sv.png", fullPage: true });
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
