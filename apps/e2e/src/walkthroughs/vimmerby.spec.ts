import JSZip from "jszip";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { signInFromHeader, signOut, visitHome, type SignInTexts } from "../support/person.js";
import { SWEDISH } from "../support/session.js";

// PRODUCT.md walkthrough "Vimmerby (seed 003), in Swedish": a reader in Sweden comes to the
// home page, signs in as Vimmerby's secretariat and reads the SLUS strategy — its overarching
// goal, five goal areas and measurable input factors as indicators, adopted by
// kommunfullmäktige — with Swedish terms and SEK, downloads the plan as a Swedish Word
// document, and signed out finds the same plan on the public page.

const PLAN = "Handlingsplan SLUS";
const GOAL_AREAS = [
  "Attraktiva och hållbara livsmiljöer",
  "Kompetens- och arbetsmarknadsförsörjning",
  "Främja företagsamhet på lika villkor",
  "Aktiv och meningsfull fritid i ett samhällsbyggande och inkluderande perspektiv",
  "Väl fungerande infrastruktur",
];
const MEASURE = "Företagslots för nya företagare";
const SIGN_IN: SignInTexts = { signIn: "Logga in", signOut: "Logga ut", form: SWEDISH };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("walkthrough: Vimmerby, in Swedish", () => {
  it("reads SLUS with its goal areas and indicators in Swedish and SEK, downloads it in Swedish, and finds it public", async () => {
    const { page, shot } = await visitHome(browser, "vimmerby", "sv-SE");
    const main = page.getByRole("main");
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    await signInFromHeader(page, "vimmerby@demo.samspill.no", SIGN_IN);
    await page.getByRole("heading", { level: 1, name: "Översikt" }).waitFor();
    await main.getByRole("navigation", { name: "Ditt arbete" }).getByRole("link", { name: PLAN }).waitFor();
    await shot("home");
    await expectNoAxeViolations(page);

    await main.getByRole("navigation", { name: "Ditt arbete" }).getByRole("link", { name: PLAN }).click();
    await page.getByRole("heading", { level: 1, name: PLAN }).waitFor();
    // Adopted by kommunfullmäktige, with Swedish dates and terms.
    await main.getByText("Kommunfullmäktige, 2017-05-29, ärende 78/2017").waitFor();
    const strategy = main.getByRole("region", { name: "SLUS – social lokal utvecklingsstrategi" });
    await strategy.getByText("Övergripande mål", { exact: true }).waitFor();
    await strategy.getByText(/Skapa goda förutsättningar för att ständigt stärka Vimmerby kommuns attraktionskraft/).waitFor();
    const headings = (await main.getByRole("heading", { level: 2 }).allTextContents()).map((text) => text.trim());
    expect(headings.filter((text) => GOAL_AREAS.includes(text))).toEqual(GOAL_AREAS);
    // The measurable input factors: each goal names its indicators, even where no measure serves it.
    const livsmiljoer = main.getByRole("region", { name: GOAL_AREAS[0], exact: true });
    await livsmiljoer.getByText(/^Mäts med: Invånare totalt, antal \(invånare\)$/).waitFor();
    await main.getByRole("region", { name: GOAL_AREAS[2], exact: true }).getByText(/Nya företagare som fått stöd av företagslotsen \(företagare · Utgångsläge 0 · Mål 50\)/).waitFor();
    await main.getByRole("columnheader", { name: "Åtgärd" }).first().waitFor();
    await shot("plan");
    await expectNoAxeViolations(page);

    // The plan as a Word document, in Swedish.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Ladda ner som Word" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const zip = await JSZip.loadAsync(await readAll(await file.createReadStream()));
    const text = ((await zip.file("word/document.xml")?.async("string")) ?? "").replace(/<[^>]+>/g, " ");
    for (const swedish of [PLAN, "Åtgärder", "Kommunfullmäktige", GOAL_AREAS[4]!]) expect(text).toContain(swedish);
    expect(text).not.toMatch(/\bTiltak\b|\bKommunestyret\b/);

    // A measure's budget in SEK, the Swedish way.
    await main.getByRole("link", { name: MEASURE }).first().click();
    await page.getByRole("heading", { level: 1, name: MEASURE }).waitFor();
    await main.getByRole("region", { name: "Budget" }).getByText(/450\s000\skr/).first().waitFor();
    await main.getByText("Genomförd").first().waitFor();
    await main.getByRole("region", { name: "Nya företagare som fått stöd av företagslotsen" })
      .getByRole("img", { name: "Diagram över Nya företagare som fått stöd av företagslotsen" }).waitFor();
    await shot("measure");
    await expectNoAxeViolations(page);

    // Signed out: the public page, still in Swedish.
    await signOut(page, SIGN_IN);
    await page.getByRole("banner").getByRole("link", { name: "Samspill", exact: true }).click();
    await main.getByRole("region", { name: "Vimmerby" }).getByRole("link", { name: PLAN }).click();
    await page.getByRole("heading", { level: 1, name: PLAN }).waitFor();
    await main.getByText("Kommunfullmäktige, 2017-05-29, ärende 78/2017").waitFor();
    await expect(page.getByRole("button", { name: "Påbörja revidering" }).count()).resolves.toBe(0);
    await shot("public-plan");
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
