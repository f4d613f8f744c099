import JSZip from "jszip";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser, openPage } from "../support/browser.js";
import { openProgramme, signedIn } from "../support/session.js";
import { logoPng } from "../support/png.js";
import { checkWidths } from "../support/widths.js";

// The Word documents from the pages that offer them: the Hamarregionen secretariat downloads
// Handlingsprogram 2022–2023 (PRODUCT.md's walkthrough ends there); the admin gives the council
// its logo, which the programme's title page then carries; the secretariat writes the summary
// and signature of its annual report to Innlandet, and the county official downloads it.

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
async function downloadWord(page: Page, button: string): Promise<{ download: Download; xml: string; files: string[] }> {
  await page.getByRole("button", { name: button }).focus();
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  const zip = await JSZip.loadAsync(Buffer.concat(chunks));
  return { download, xml: (await zip.file("word/document.xml")?.async("string")) ?? "", files: Object.keys(zip.files) };
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
    // (Forms keep an empty alert region ready, so that what appears in it is announced.)
    expect(await page.getByRole("alert").filter({ hasText: /\S/ }).count()).toBe(0);
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

  it("the admin uploads Hamarregionen's logo, and the programme's title page carries it", async () => {
    const admin = await signedIn(browser, "admin@demo.samspill.no", { returnTo: "/admin/organisations?kind=regional_council" });
    await admin.getByRole("link", { name: "Hamarregionen", exact: false }).first().click();
    await admin.getByRole("heading", { level: 1, name: /Hamarregionen/ }).waitFor();
    const logo = admin.getByRole("region", { name: "Logo" });
    await logo.getByText("Ingen logo ennå.", { exact: false }).waitFor();
    // Not a picture, whatever its name says: refused at the field.
    await logo.getByLabel("Logofil").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("<svg></svg>") });
    await logo.getByRole("button", { name: "Last opp logo" }).click();
    await logo.getByRole("alert").getByText("Filen er ikke et PNG- eller JPEG-bilde.", { exact: false }).waitFor();
    expect(await logo.getByLabel("Logofil").getAttribute("aria-invalid")).toBe("true");

    await logo.getByLabel("Logofil").setInputFiles({ name: "hamarregionen.png", mimeType: "image/png", buffer: logoPng() });
    await logo.getByRole("button", { name: "Last opp logo" }).click();
    await logo.getByRole("status").getByText("Logoen er lagret.").waitFor();
    await logo.getByRole("img", { name: /^Logoen til Hamarregionen/ }).waitFor();
    await logo.getByRole("button", { name: "Bytt logo" }).waitFor();
    await expectNoAxeViolations(admin);
    await checkWidths(admin, "admin-organisation-logo");
    await admin.screenshot({ path: "/tmp/documents-admin-logo.png", fullPage: true });
    await admin.context().close();

    const page = await signedIn(browser, "sekretariat@demo.samspill.no");
    await openProgramme(page, PROGRAMME, "Hamarregionen");
    const { xml, files } = await downloadWord(page, "Last ned som Word");
    expect(files.some((file) => /^word\/media\/.+\.png$/.test(file))).toBe(true);
    expect(xml.indexOf("<w:drawing>")).toBeLessThan(xml.indexOf(`>${PROGRAMME}<`));
    await page.context().close();
  });

  it("the secretariat writes the annual report's summary and signature, and they are in the report", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no", { returnTo: "/agreements" });
    await page.getByRole("link", { name: HAMAR_AGREEMENT }).click();
    await page.getByRole("heading", { level: 1, name: HAMAR_AGREEMENT }).waitFor();
    const section = page.getByRole("region", { name: "Årsrapport" });
    await section.getByLabel("Rapporteringsperiode").selectOption({ label: "2023 (01.01.2023–31.12.2023)" });
    const texts = section.getByRole("region", { name: "Sammendrag og underskrift" });
    await texts.getByLabel("Sammendrag").fill("Ladestrukturen kom på plass i hele regionen i 2023.\n\nRådet prioriterte samferdsel.");
    await texts.getByLabel("Godkjenning").fill("Godkjent av regionrådet 15.02.2024, sak 3/24.");
    await texts.getByLabel("Underskrevet av").fill("Tore Eksempel");
    await texts.getByLabel("Tittel").fill("Leder, Hamarregionen IPR");
    await texts.getByLabel("Sted").fill("Hamar");
    await texts.getByLabel("Dato").fill("2024-02-20");
    await texts.getByRole("button", { name: "Lagre tekstene" }).click();
    await texts.getByRole("status").getByText("Tekstene er lagret og kommer med i rapporten.").waitFor();
    await expectNoAxeViolations(page);
    await checkWidths(page, "documents-annual-report-texts");
    await page.screenshot({ path: "/tmp/documents-annual-report-texts.png", fullPage: true });

    const { xml } = await downloadWord(page, "Last ned årsrapport (Word)");
    expect(xml).toContain(">Ladestrukturen kom på plass i hele regionen i 2023.<");
    expect(xml).toContain(">Godkjent av regionrådet 15.02.2024, sak 3/24.<");
    expect(xml).toContain(">Hamar, 20.02.2024<");
    await page.context().close();
  });

  it("the county official picks a period and downloads Hamarregionen's annual report", async () => {
    const page = await signedIn(browser, "fylke@demo.samspill.no", { returnTo: "/agreements" });
    await page.getByRole("link", { name: HAMAR_AGREEMENT }).click();
    await page.getByRole("heading", { level: 1, name: HAMAR_AGREEMENT }).waitFor();
    // The agreement's money for 2023 per funding source — committed, spent, remaining — as its page shows it.
    const money = page.getByRole("region", { name: "Tilsagt og brukt per år og finansieringskilde" });
    const rows2023 = money.getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2023", exact: true }) });
    const onPage = await Promise.all((await rows2023.all()).map(async (row) => (await row.getByRole("cell").allInnerTexts()).slice(1, 4)));
    expect(onPage.length).toBeGreaterThan(0);
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
    // Addressed to the county authority by name; the secretariat's own words; no internal follow-up.
    expect(xml).toContain(">Innlandet fylkeskommune<");
    expect(xml).toContain(">Ladestrukturen kom på plass i hele regionen i 2023.<");
    expect(xml).not.toContain("Ikke rapportert eller godkjent ennå");
    // The same money in the report's funding table: each 2023 row's amounts in consecutive cells.
    const cells = [...xml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
      [...cell[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => text[1]).join(""));
    const asText = (amount: string) => amount.replace(/\s/g, " ");
    for (const amounts of onPage) {
      // A row of the table: year, funding source, committed, spent, remaining.
      const found = cells.some((cell, index) => cell === "2023" &&
        amounts.every((amount, offset) => asText(cells[index + 2 + offset] ?? "") === asText(amount)));
      expect(found, `${amounts.join(" | ")} in the report`).toBe(true);
    }
    // The county reads what the secretariat wrote, and cannot change it.
    const texts = section.getByRole("region", { name: "Sammendrag og underskrift" });
    await texts.getByText("Rådet prioriterte samferdsel.").waitFor();
    expect(await texts.getByRole("button", { name: "Lagre tekstene" }).count()).toBe(0);
    await page.screenshot({ path: "/tmp/documents-annual-report.png", fullPage: true });
    await page.context().close();
  });
});

