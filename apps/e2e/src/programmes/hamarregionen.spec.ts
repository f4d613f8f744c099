import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { baseUrl, launchBrowser } from "../support/browser.js";
import { openProgramme, signedIn } from "../support/session.js";

// PRODUCT.md walkthrough "Hamarregionen (seed 004)" in the browser, as the secretariat, within
// "adopted means adopted". Handlingsprogram 2022–2023 is adopted (sak 12/22, as in seed 004), so
// the secretariat adds its shared measure through a rolling revision: start it, change title and
// period, add the measure with a part per member — and leave the draft for the council's decision,
// since every browser test shares this portal and reads 2022–2023 as the adopted version. The
// council's adoption decision, publishing, the Word document and the public page follow with a
// programme from scratch, from the home page on. (Adopting a revision, which supersedes the
// version before, is gardermoregionen-revision.spec.ts.)

const TITLE = "Handlingsprogram 2022–2023";
const REVISED = "Handlingsprogram 2022–2024";
const SEED_004: Record<string, string[]> = {
  Befolkningsvekst: ["Inkluderende bo- og arbeidsregion", "Internasjonalt miljø", "Satsningsområde nord for Oslo", "Samferdsel"],
  "Kompetanse og næringsutvikling": ["Arenaer og nettverk", "Eksisterende næringsliv", "Trippel Helix", "Kompetansetilførsel", "Internasjonalt arbeid"],
  "Profilering og markedsføring": ["Identitet", "Tiltrekningskraft", "Kommunikasjon"],
  Diskusjonsarena: ["Felles mål", "Felles innsats", "Større region"],
};
const MEMBERS = ["Hamar", "Ringsaker", "Løten", "Stange"];
const MEASURE = "Regional ladestruktur – etappe 2";
const DRAFT = "Handlingsprogram 2026–2027";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const editing = (page: Page) => page.getByRole("region", { name: "Rediger handlingsprogrammet" });

/** Records the council's decision on the draft's adopt page, from the programme's own link. */
async function adopt(page: Page, caseNumber: string, date: string, title: string): Promise<void> {
  await page.getByRole("navigation", { name: "Versjoner og rullering" }).getByRole("link", { name: "Vedta denne versjonen" }).click();
  await page.getByRole("heading", { level: 1, name: /^Vedta versjon/ }).waitFor();
  await page.getByLabel("Møtedato").fill(date);
  await page.getByLabel("Vedtaksorgan").fill("Regionrådet");
  await page.getByLabel("Saksnummer").fill(caseNumber);
  await page.getByLabel("Vedtakstekst").fill(`Regionrådet vedtar ${title}.`);
  await page.getByRole("button", { name: "Registrer vedtak og vedta" }).click();
  await page.getByRole("heading", { level: 1, name: "Versjoner" }).waitFor();
}

/** Publishes the programme on screen, confirming what the public will see. */
async function publish(page: Page, title: string, screenshot?: string): Promise<void> {
  await page.getByRole("main").getByText("Ikke publisert", { exact: true }).waitFor();
  await page.getByRole("button", { name: "Publiser", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Publisere «${title}»?` });
  await dialog.getByText("Alle, uten å logge inn, vil da lese denne versjonen").waitFor();
  await expectNoAxeViolations(page);
  if (screenshot) await page.screenshot({ path: screenshot, fullPage: false });
  await dialog.getByRole("button", { name: "Ja, publiser" }).click();
  await page.getByText(`«${title}» er publisert.`).waitFor();
  await page.getByRole("main").getByText("Publisert", { exact: true }).waitFor();
}

describe("walkthrough: Hamarregionen's secretariat revises its programme and opens a new one", () => {
  it("adds a shared measure to the adopted programme through a revision, for the council to adopt", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no");
    await openProgramme(page, TITLE, "Hamarregionen");

    // The four focus areas, each with all its sub-themes from seed 004's table.
    for (const [area, subThemes] of Object.entries(SEED_004)) {
      const region = page.getByRole("main").getByRole("region", { name: area, exact: true });
      for (const subTheme of subThemes) {
        await expect(region.getByText(subTheme, { exact: true }).count()).resolves.toBeGreaterThan(0);
      }
    }
    // The council's decisions about it, its adoption among them.
    await page.getByRole("main").getByRole("region", { name: "Vedtak" }).getByText("vedtok denne versjonen").waitFor();

    // Adopted means adopted: no measure is added here; the page says why and offers a revision.
    const notice = editing(page).getByRole("region", { name: "Endringer i det vedtatte handlingsprogrammet" });
    await notice.getByText(/Tittel, periode, satsingsområder, mål og tiltak endres bare gjennom en rullering/).waitFor();
    await expect(editing(page).getByRole("button", { name: "Legg til tiltak" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/hamarregionen-start-revision.png", fullPage: false });
    await notice.getByRole("button", { name: "Start rullering" }).click();
    await page.getByRole("dialog", { name: "Starte rullering?" }).getByRole("button", { name: "Start rullering" }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByRole("main").getByText("Versjon 2").waitFor();

    // A draft's title and period are edited; an end before the start is named at its field.
    await editing(page).getByRole("button", { name: "Endre tittel og periode" }).click();
    const details = page.getByRole("form", { name: "Tittel, periode og innledning" });
    await details.getByLabel("Tittel").fill("");
    await details.getByLabel("Periode til").fill("2021-12-31");
    await details.getByRole("button", { name: "Lagre" }).click();
    await details.getByRole("link", { name: "Tittel må fylles ut." }).waitFor();
    await details.getByRole("link", { name: "Periode til må være samme dag som eller etter periode fra." }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/hamarregionen-details-errors.png", fullPage: false });
    await details.getByLabel("Tittel").fill(REVISED);
    await details.getByLabel("Periode til").fill("2024-12-31");
    await details.getByRole("button", { name: "Lagre" }).click();
    await page.getByRole("heading", { level: 1, name: REVISED }).waitFor();

    // A new shared measure under Samferdsel: the carried-forward measure of the same name is named.
    await editing(page).getByRole("button", { name: "Legg til tiltak" }).click();
    const form = page.getByRole("form", { name: "Nytt tiltak" });
    await form.getByLabel("Tittel").fill("Regional ladestruktur");
    await form.getByText(/Programmet har allerede et tiltak med denne tittelen: 1\.1 Regional ladestruktur\./).waitFor();
    await form.getByLabel("Tittel").fill(MEASURE);
    await form.getByLabel("Satsingsområde eller undertema").selectOption({ label: "Befolkningsvekst › Samferdsel" });
    await form.getByLabel("Ansvarlig person").fill("Kari Nordmann");
    await form.getByLabel("Startdato").fill("2024-01-01");
    await form.getByLabel("Sluttdato").fill("2024-12-31");
    await form.getByLabel("Beskrivelse").fill("Flere ladepunkter ved kommunale bygg i alle fire kommuner.");
    await form.getByRole("button", { name: "Legg til tiltaket" }).click();
    await page.getByText(`Tiltaket «${MEASURE}» er lagt til.`).waitFor();
    await page.getByRole("region", { name: "Samferdsel", exact: true }).getByRole("link", { name: MEASURE }).waitFor();

    // Its parts: one per member municipality.
    await editing(page).getByRole("link", { name: "Åpne tiltaket" }).click();
    await page.getByRole("heading", { level: 1, name: MEASURE }).waitFor();
    const parts = page.getByRole("region", { name: "Kommunenes deler" });
    for (const name of MEMBERS) {
      await parts.getByRole("button", { name: "Legg til del for en medlemskommune" }).click();
      const partForm = parts.getByRole("form", { name: "Ny del" });
      await partForm.getByLabel("Kommune", { exact: true }).selectOption({ label: name });
      await partForm.getByLabel("Kontaktperson").fill(`Kontakt i ${name}`);
      await partForm.getByRole("button", { name: "Legg til delen" }).click();
      await parts.getByText(`Delen for ${name} er lagt til.`).waitFor();
    }
    await parts.getByText("Alle medlemskommunene har allerede en del.").waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/hamarregionen-parts.png", fullPage: true });

    // The revision now waits for the council's decision; until then 2022–2023 is the adopted version.
    await page.getByRole("main").getByRole("link", { name: REVISED }).click();
    await page.getByRole("heading", { level: 1, name: REVISED }).waitFor();
    await page.getByRole("navigation", { name: "Versjoner og rullering" }).getByRole("link", { name: "Vedta denne versjonen" }).waitFor();
    await page.getByRole("main").getByText("Et utkast blir aldri offentlig.").waitFor();
    await page.context().close();
  });

  it("opens a new programme from the home page, says which fields are missing, adopts, publishes and downloads it", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no");
    const main = page.getByRole("main");
    await main.getByRole("link", { name: "Nytt handlingsprogram" }).click();
    await page.getByRole("heading", { level: 1, name: "Nytt handlingsprogram" }).waitFor();

    // An empty form names each missing field, at the field and in the summary.
    await main.getByRole("button", { name: "Opprett utkastet" }).click();
    for (const message of ["Tittel må fylles ut.", "Periode fra må fylles ut.", "Periode til må fylles ut."]) {
      await main.getByRole("link", { name: message }).waitFor();
    }
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/hamarregionen-new-programme-errors.png", fullPage: false });
    await page.locator("#new-programme-title").fill(DRAFT);
    await page.locator("#new-programme-periodStart").fill("2026-01-01");
    await page.locator("#new-programme-periodEnd").fill("2027-12-31");
    await main.getByRole("button", { name: "Opprett utkastet" }).click();
    await page.getByRole("heading", { level: 1, name: DRAFT }).waitFor();
    // A draft is never public: the page says so instead of offering to publish.
    await main.getByText("Et utkast blir aldri offentlig.").waitFor();

    await editing(page).getByRole("button", { name: "Legg til satsingsområde eller undertema" }).click();
    const areaForm = page.getByRole("form", { name: "Nytt satsingsområde eller undertema" });
    await areaForm.getByLabel("Tittel").fill("Klima og energi");
    await areaForm.getByLabel("Kort overskrift (valgfritt)").fill("Omstilling");
    await areaForm.getByRole("button", { name: "Legg til", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Klima og energi" }).waitFor();
    await editing(page).getByRole("button", { name: "Legg til mål" }).click();
    const goalForm = page.getByRole("form", { name: "Nytt mål" });
    await goalForm.getByLabel("Mål for").selectOption({ label: "Klima og energi" });
    await goalForm.getByLabel("Mål", { exact: true }).fill("Halvere utslippene fra kommunale bygg");
    await goalForm.getByRole("button", { name: "Legg til målet" }).click();
    await page.getByRole("region", { name: "Klima og energi" }).getByText("Halvere utslippene fra kommunale bygg").waitFor();
    await editing(page).getByRole("button", { name: "Legg til tiltak" }).click();
    const measureForm = page.getByRole("form", { name: "Nytt tiltak" });
    await measureForm.getByLabel("Tittel").fill("Energisparing i kommunale bygg");
    await measureForm.getByLabel("Satsingsområde eller undertema").selectOption({ label: "Klima og energi" });
    await measureForm.getByRole("button", { name: "Legg til tiltaket" }).click();
    await page.getByRole("region", { name: "Klima og energi" }).getByRole("link", { name: "Energisparing i kommunale bygg" }).waitFor();

    await adopt(page, "45/25", "2025-12-12", DRAFT);
    await page.getByText("Versjonen er vedtatt.", { exact: false }).waitFor();
    await expect(page.getByText("Forrige versjon er nå erstattet.").count()).resolves.toBe(0);
    await page.getByRole("main").getByRole("link", { name: DRAFT }).first().click();
    await page.getByRole("heading", { level: 1, name: DRAFT }).waitFor();
    await page.getByRole("main").getByRole("region", { name: "Vedtak" }).getByText("Sak 45/25").waitFor();

    // Adopted is not yet public: the council publishes it, after a confirmation saying what the public sees.
    await publish(page, DRAFT, "test-results/hamarregionen-publish-dialog.png");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/hamarregionen-published.png", fullPage: false });
    // Now adopted, its structure changes only by revision: the way to it is offered in place.
    await editing(page).getByRole("button", { name: "Start rullering" }).waitFor();
    await expect(editing(page).getByRole("button", { name: "Legg til tiltak" }).count()).resolves.toBe(0);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Last ned som Word" }).click();
    expect((await download).suggestedFilename()).toMatch(/\.docx$/);

    // The public council page lists it now.
    const reader = await browser.newContext();
    const publicPage = await reader.newPage();
    await publicPage.goto(new URL("/r/hamarregionen?lang=nb", baseUrl()).toString());
    await publicPage.getByRole("heading", { level: 2, name: "Publiserte handlingsprogram" }).waitFor();
    await publicPage.getByRole("article").filter({ hasText: DRAFT }).getByRole("link", { name: DRAFT }).click();
    await publicPage.getByRole("heading", { level: 1, name: DRAFT }).waitFor();
    // Under its focus area (the table of all measures links it too, once its list has loaded).
    await publicPage.getByRole("region", { name: "Klima og energi" }).getByRole("link", { name: "Energisparing i kommunale bygg" }).waitFor();
    await reader.close();
    await page.context().close();
  });
});
