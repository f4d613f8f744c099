import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { signInFromHeader, signOut, visitHome } from "../support/person.js";

// PRODUCT.md walkthrough "Public": without signing in, anyone reads a council's published
// programme and its progress from the home page; drafts, comments and unpublished reports never
// show. The draft is one Hamarregionen's secretariat has just opened, from its own home page.

const PROGRAMME = "Handlingsprogram 2022–2023";
const MEASURE = "Regional ladestruktur";
const DRAFT = "Utkast til handlingsprogram 2032–2033";
/** What only signed-in readers may read: comments and reports not approved (demo data). */
const NEVER_PUBLIC = [
  DRAFT,
  // Comments: the county's on the measure, the secretariat's returning a report.
  "Fylkeskommunen ønsker en samlet oversikt over ladepunktene",
  "Oppgi antall nye ladepunkter i 2023",
  // Reports: returned, submitted and draft.
  "Utbyggingen langs E6 er forsinket.",
  "Ni ladepunkter i drift; innfartsparkeringen er ferdig prosjektert.",
  "Fire nye hurtigladere er satt i drift i høst.",
  "Ladeplan for kommunale bygg er under arbeid.",
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function expectNothingUnpublished(page: Page): Promise<void> {
  const text = await page.locator("body").innerText();
  for (const hidden of NEVER_PUBLIC) expect(text, `"${hidden}" is on ${new URL(page.url()).pathname}`).not.toContain(hidden);
}

describe("walkthrough: the public", () => {
  it("reads Hamarregionen's published programme and progress, and never a draft, a comment or an unpublished report", async () => {
    const { page, shot } = await visitHome(browser, "public");
    const main = page.getByRole("main");

    // A draft exists: the secretariat opens one from its home page, then signs out.
    await signInFromHeader(page, "sekretariat@demo.samspill.no");
    await main.getByRole("link", { name: "Nytt handlingsprogram" }).click();
    const programmeForm = page.getByRole("form", { name: "Programmet" });
    await programmeForm.getByLabel("Tittel").fill(DRAFT);
    await programmeForm.getByLabel("Periode fra").fill("2032-01-01");
    await programmeForm.getByLabel("Periode til").fill("2033-12-31");
    await programmeForm.getByRole("button", { name: "Opprett utkastet" }).click();
    await page.getByRole("heading", { level: 1, name: DRAFT }).waitFor();
    await signOut(page);

    // The home page, as anyone: the councils and what they have published.
    await page.getByRole("banner").getByRole("link", { name: "Samspill", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Publiserte handlingsprogram" }).waitFor();
    const council = main.getByRole("region", { name: "Hamarregionen interkommunale politiske råd" });
    await council.getByRole("link", { name: PROGRAMME }).waitFor();
    await expectNothingUnpublished(page);
    await shot("home");
    await expectNoAxeViolations(page);

    // The council's page: each published programme with its progress and measures by status.
    await council.getByRole("heading", { level: 2 }).getByRole("link").click();
    await page.getByRole("heading", { level: 1, name: "Hamarregionen interkommunale politiske råd" }).waitFor();
    const programme = page.getByRole("article", { name: PROGRAMME });
    await programme.getByRole("progressbar", { name: `Samlet framdrift for ${PROGRAMME}` }).waitFor();
    expect(await programme.getByRole("list", { name: "Tiltak etter status" }).getByRole("listitem").count()).toBeGreaterThan(0);
    await expectNothingUnpublished(page);
    await shot("council");
    await expectNoAxeViolations(page);

    // The programme: focus areas, measures and their progress.
    await programme.getByRole("link", { name: PROGRAMME }).click();
    await page.getByRole("heading", { level: 1, name: PROGRAMME }).waitFor();
    await main.getByRole("region", { name: "Befolkningsvekst", exact: true }).getByRole("progressbar", { name: `Framdrift for ${MEASURE}` }).waitFor();
    await expect(page.getByRole("button", { name: "Start rullering" }).count()).resolves.toBe(0);
    await expectNothingUnpublished(page);
    await shot("programme");
    await expectNoAxeViolations(page);

    // A shared measure: its parts and budget, but no comments and no reports in the works.
    await main.getByRole("link", { name: MEASURE, exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: MEASURE }).waitFor();
    await page.getByRole("region", { name: "Kommunenes deler" }).getByRole("progressbar", { name: "Framdrift for Stange" }).waitFor();
    await page.getByRole("region", { name: "Budsjett" }).getByRole("table").waitFor();
    await expect(page.getByRole("region", { name: "Kommentarer" }).count()).resolves.toBe(0);
    await expect(page.getByRole("textbox").count()).resolves.toBe(0);
    await expectNothingUnpublished(page);
    await shot("measure");
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
