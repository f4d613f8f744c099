import JSZip from "jszip";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser, openPage } from "../support/browser.js";
import { openProgramme, signedIn } from "../support/session.js";
import { checkWidths } from "../support/widths.js";

// The Word documents from the pages that offer them: the Hamarregionen secretariat downloads
// Handlingsprogram 2022–2023 (PRODUCT.md's walkthrough ends there), and the Innlandet county
// official downloads Hamarregionen's annual report for a reporting period.

const PROGRAMME = "Handlingsprogram 2022–2023";
const HAMAR_AGREEMENT = "Partnerskapsavtale mellom Innlandet fylkeskommune og Hamarregionen 2022–2026";
const FOCUS_AREAS = ["Befolkningsvekst", "Kompetanse og næringsutvikling", "Profilering og markedsføring", "Diskusjonsarena"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Presses the button from the keyboard and reads the Word file the browser receives. (A
 * pointer click works for people, but Playwright's hit test refuses it: the shared download
 * button sits in an inline span that Chromium reports on top of it.)
 */
async function downloadWord(page: Page, button: string): Promise<{ download: Download; xml: string }> {
  await page.getByRole("button", { name: button }).focus();
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  return { download, xml: (await zip.file("word/document.xml")?.async("string")) ?? "" };
}

describe("Word documents", () => {
  it("the Hamarregionen secretariat downloads the action programme from its page", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no");
    await openProgramme(page, PROGRAMME, "Hamarregionen");
    const { download, xml } = await downloadWord(page, "Last ned som Word");
    expect(download.suggestedFilename()).toBe(`${PROGRAMME}.docx`);
    for (const area of FOCUS_AREAS) expect(xml).toContain(`>${area}<`);
    expect(xml).toContain(">Innlandets foretrukne bo- og arbeidsregion<");
    expect(xml).toContain(">1.1 Regional ladestruktur<");
    // No error next to the button: the download went through.
    expect(await page.getByRole("alert").count()).toBe(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "/tmp/documents-programme.png" });
    await page.context().close();
  });

  it("the public downloads the published programme too, without the names of people", async () => {
    const page = await openPage(browser, "/");
    await openProgramme(page, PROGRAMME, "Hamarregionen");
    const { xml } = await downloadWord(page, "Last ned som Word");
    expect(xml).toContain(">Befolkningsvekst<");
    expect(xml).not.toContain("Ola Nordmann");
    await page.close();
  });

  it("the county official picks a period and downloads Hamarregionen's annual report", async () => {
    const page = await signedIn(browser, "fylke@demo.samspill.no", { returnTo: "/agreements" });
    await page.getByRole("link", { name: HAMAR_AGREEMENT }).click();
    await page.getByRole("heading", { level: 1, name: HAMAR_AGREEMENT }).waitFor();
    const section = page.getByRole("region", { name: "Årsrapport" });
    const picker = section.getByLabel("Rapporteringsperiode");
    await picker.selectOption({ label: "2023 (01.01.2023–31.12.2023)" });
    await expectNoAxeViolations(page);
    await checkWidths(page, "documents-annual-report");

    // Reached with the keyboard alone: from the picker, Tab lands on the button.
    await picker.focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Last ned årsrapport (Word)");

    const { download, xml } = await downloadWord(page, "Last ned årsrapport (Word)");
    expect(download.suggestedFilename()).toBe("Årsrapport 2023 – Hamarregionen interkommunale politiske råd.docx");
    expect(xml).toContain(">Årsrapport til fylkeskommunen<");
    expect(xml).toContain(">Koordinere det regionale utviklingsarbeidet i Hamarregionen<");
    expect(xml).toContain("Ladepunkter ved Stange stasjon og i Tangen er i drift.");
    expect(xml).toContain(">Ikke rapportert eller godkjent ennå<");
    await page.screenshot({ path: "/tmp/documents-annual-report.png", fullPage: true });
    await page.context().close();
  });
});

