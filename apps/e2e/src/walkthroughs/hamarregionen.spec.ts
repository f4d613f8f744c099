import JSZip from "jszip";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { backHome, signInFromHeader, signOut, visitHome } from "../support/person.js";

// PRODUCT.md walkthrough "Hamarregionen (seed 004)", as the secretariat does it from its home
// page: Handlingsprogram 2022–2023 with seed 004's focus areas and sub-themes; the shared
// measure through a revision (the programme is adopted), with a part per member; the council's
// decision adopting it; the Word document. Then a programme from scratch — strategy, programme,
// focus area, goal, measure — adopted, published and read on the public page.
//
// Adopting the revision supersedes 2022–2023, which the other browser tests read as the
// adopted version: ../support/sequencer.ts runs this file last.

const TITLE = "Handlingsprogram 2022–2023";
const SEED_004: Record<string, string[]> = {
  Befolkningsvekst: ["Inkluderende bo- og arbeidsregion", "Internasjonalt miljø", "Satsningsområde nord for Oslo", "Samferdsel"],
  "Kompetanse og næringsutvikling": ["Arenaer og nettverk", "Eksisterende næringsliv", "Trippel Helix", "Kompetansetilførsel", "Internasjonalt arbeid"],
  "Profilering og markedsføring": ["Identitet", "Tiltrekningskraft", "Kommunikasjon"],
  Diskusjonsarena: ["Felles mål", "Felles innsats", "Større region"],
};
const HEADINGS: Record<string, string> = {
  Befolkningsvekst: "Attraktivitet", "Kompetanse og næringsutvikling": "Utvikling",
  "Profilering og markedsføring": "Synliggjøring", Diskusjonsarena: "Samarbeid",
};
const MEMBERS = ["Hamar", "Ringsaker", "Løten", "Stange"];
const MEASURE = "Regional ladestruktur – etappe 2";
const STRATEGY = "Strategi for grønn omstilling 2026–2035";
const NEW_PROGRAMME = "Handlingsprogram for grønn omstilling 2026–2027";
const NEW_AREA = "Klima og energi";
const NEW_GOAL = "Halvere utslippene fra kommunale bygg";
const NEW_MEASURE = "Energisparing i kommunale bygg";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const editing = (page: Page) => page.getByRole("region", { name: "Rediger handlingsprogrammet" });
const versions = (page: Page) => page.getByRole("navigation", { name: "Versjoner og rullering" });

/** Records the council's decision on the draft's adopt page, from the programme's own link. */
async function adopt(page: Page, caseNumber: string, date: string, title: string): Promise<void> {
  await versions(page).getByRole("link", { name: "Vedta denne versjonen" }).click();
  await page.getByRole("heading", { level: 1, name: /^Vedta versjon/ }).waitFor();
  await page.getByLabel("Møtedato").fill(date);
  await page.getByLabel("Vedtaksorgan").fill("Regionrådet");
  await page.getByLabel("Saksnummer").fill(caseNumber);
  await page.getByLabel("Vedtakstekst").fill(`Regionrådet vedtar ${title}.`);
  await page.getByRole("button", { name: "Registrer vedtak og vedta" }).click();
  await page.getByRole("heading", { level: 1, name: "Versjoner" }).waitFor();
  await page.getByText("Versjonen er vedtatt.", { exact: false }).waitFor();
}

/** The Word document the button gives: a real .docx whose body carries these texts. */
async function downloadWord(page: Page, texts: readonly string[]): Promise<void> {
  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: "Last ned som Word" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.docx$/);
  const zip = await JSZip.loadAsync(await readAll(await file.createReadStream()));
  const xml = await zip.file("word/document.xml")?.async("string");
  const body = (xml ?? "").replace(/<[^>]+>/g, "");
  for (const text of texts) expect(body).toContain(text);
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

describe("walkthrough: Hamarregionen", () => {
  it("revises Handlingsprogram 2022–2023 with a shared measure, adopts it, and publishes a new programme from scratch", async () => {
    const { page, shot } = await visitHome(browser, "hamarregionen");
    const main = page.getByRole("main");
    await signInFromHeader(page, "sekretariat@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: "Dashbord for rådet" }).waitFor();
    await main.getByRole("navigation", { name: "Ditt arbeid" }).getByRole("link", { name: TITLE, exact: true }).waitFor();
    await main.getByRole("table", { name: "Rapportering per periode" }).waitFor();
    await shot("home");
    await expectNoAxeViolations(page);

    // Handlingsprogram 2022–2023 from the home page's work links: seed 004's table, cleaned up.
    await main.getByRole("navigation", { name: "Ditt arbeid" }).getByRole("link", { name: TITLE, exact: true }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await main.getByRole("region", { name: "Strategi for Hamarregionen IPR" }).getByText("Innlandets foretrukne bo- og arbeidsregion").first().waitFor();
    for (const [area, subThemes] of Object.entries(SEED_004)) {
      const region = main.getByRole("region", { name: area, exact: true });
      await region.getByText(HEADINGS[area]!, { exact: true }).first().waitFor();
      const listed = await region.getByRole("heading", { name: "Undertemaer" }).locator("xpath=following-sibling::ul[1]/li").allTextContents();
      expect(listed).toEqual(subThemes);
    }
    await main.getByRole("region", { name: "Vedtak" }).getByText("vedtok denne versjonen").waitFor();
    await shot("programme-2022-2023");
    await expectNoAxeViolations(page);

    // Adopted means adopted: the page offers a revision for the new measure.
    const notice = editing(page).getByRole("region", { name: "Endringer i det vedtatte handlingsprogrammet" });
    await expect(editing(page).getByRole("button", { name: "Legg til tiltak" }).count()).resolves.toBe(0);
    await notice.getByRole("button", { name: "Start rullering" }).click();
    await page.getByRole("dialog", { name: "Starte rullering?" }).getByRole("button", { name: "Start rullering" }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await main.getByText("Versjon 2").first().waitFor();
    await shot("revision-draft");

    // The shared measure under Samferdsel; the one of the same name carried forward is pointed out.
    await editing(page).getByRole("button", { name: "Legg til tiltak" }).click();
    const form = page.getByRole("form", { name: "Nytt tiltak" });
    await form.getByLabel("Tittel").fill("Regional ladestruktur");
    await form.getByText(/Programmet har allerede et tiltak med denne tittelen: 1\.1 Regional ladestruktur\./).waitFor();
    await form.getByLabel("Tittel").fill(MEASURE);
    await form.getByLabel("Satsingsområde eller undertema").selectOption({ label: "Befolkningsvekst › Samferdsel" });
    await form.getByLabel("Ansvarlig person").fill("Kari Nordmann");
    await form.getByLabel("Startdato").fill("2024-01-01");
    await form.getByLabel("Sluttdato").fill("2025-12-31");
    await form.getByLabel("Beskrivelse").fill("Flere ladepunkter ved kommunale bygg i alle fire kommuner.");
    await form.getByRole("button", { name: "Legg til tiltaket" }).click();
    await page.getByText(`Tiltaket «${MEASURE}» er lagt til.`).waitFor();
    await shot("measure-added");

    // A part for each member municipality, on the measure's page, in one save.
    await editing(page).getByRole("link", { name: "Åpne tiltaket" }).click();
    await page.getByRole("heading", { level: 1, name: MEASURE }).waitFor();
    const parts = page.getByRole("region", { name: "Kommunenes deler" });
    await parts.getByRole("button", { name: "Legg til deler for medlemmene" }).click();
    const partsForm = parts.getByRole("form", { name: "Legg til deler for medlemmene" });
    for (const name of MEMBERS) expect(await partsForm.getByRole("checkbox", { name, exact: true }).isChecked()).toBe(true);
    await partsForm.getByRole("button", { name: `Legg til ${MEMBERS.length} deler` }).click();
    await parts.getByText(`${MEMBERS.length} deler er lagt til.`).waitFor();
    await parts.getByText("Alle medlemskommunene har allerede en del.").waitFor();
    for (const name of MEMBERS) await parts.getByRole("rowheader", { name, exact: true }).waitFor();
    await shot("measure-parts");
    await expectNoAxeViolations(page);

    // The council's decision adopts the revision; 2022–2023's first version is superseded.
    await main.getByRole("link", { name: TITLE }).first().click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await adopt(page, "31/24", "2024-06-14", TITLE);
    await page.getByText("Forrige versjon er nå erstattet.").waitFor();
    await shot("revision-adopted");
    await expectNoAxeViolations(page);
    const adoptedRow = main.getByRole("table").getByRole("row").filter({ has: page.getByRole("rowheader", { name: "2", exact: true }) });
    await adoptedRow.getByText("Vedtatt").waitFor();
    await adoptedRow.getByRole("link").first().click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await main.getByRole("region", { name: "Vedtak" }).getByText("Sak 31/24").waitFor();
    await main.getByRole("region", { name: "Samferdsel", exact: true }).getByRole("link", { name: MEASURE }).waitFor();
    await downloadWord(page, [TITLE, MEASURE, "Samferdsel", "Trippel Helix"]);

    // A programme from scratch, from the home page: first the strategy it belongs to.
    await backHome(page);
    await main.getByRole("link", { name: "Nytt handlingsprogram" }).click();
    await page.getByRole("heading", { level: 1, name: "Nytt handlingsprogram" }).waitFor();
    await main.getByRole("button", { name: "Ny strategi" }).click();
    const strategyForm = page.getByRole("form", { name: "Ny strategi" });
    await strategyForm.getByLabel("Tittel").fill(STRATEGY);
    await strategyForm.getByLabel("Visjon").fill("Et klimanøytralt Hamarregionen");
    await strategyForm.getByLabel("Overordnet mål").fill("Regionen kutter utslippene og skaper grønne arbeidsplasser.");
    await strategyForm.getByRole("button", { name: "Opprett strategien" }).click();
    await main.getByText(`Strategien «${STRATEGY}» er opprettet`, { exact: false }).waitFor();
    const programmeForm = page.getByRole("form", { name: "Programmet" });
    await programmeForm.getByLabel("Tittel").fill(NEW_PROGRAMME);
    await programmeForm.getByLabel("Periode fra").fill("2026-01-01");
    await programmeForm.getByLabel("Periode til").fill("2027-12-31");
    await programmeForm.getByLabel("Strategi (valgfritt)").selectOption({ label: STRATEGY });
    await shot("new-programme-form");
    await expectNoAxeViolations(page);
    await programmeForm.getByRole("button", { name: "Opprett utkastet" }).click();
    await page.getByRole("heading", { level: 1, name: NEW_PROGRAMME }).waitFor();
    await main.getByText("Et utkast blir aldri offentlig.").waitFor();

    await editing(page).getByRole("button", { name: "Legg til satsingsområde eller undertema" }).click();
    const areaForm = page.getByRole("form", { name: "Nytt satsingsområde eller undertema" });
    await areaForm.getByLabel("Tittel").fill(NEW_AREA);
    await areaForm.getByLabel("Kort overskrift (valgfritt)").fill("Omstilling");
    await areaForm.getByRole("button", { name: "Legg til", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: NEW_AREA }).waitFor();
    await editing(page).getByRole("button", { name: "Legg til mål" }).click();
    const goalForm = page.getByRole("form", { name: "Nytt mål" });
    await goalForm.getByLabel("Mål for").selectOption({ label: NEW_AREA });
    await goalForm.getByLabel("Mål", { exact: true }).fill(NEW_GOAL);
    await goalForm.getByRole("button", { name: "Legg til målet" }).click();
    await main.getByRole("region", { name: NEW_AREA }).getByText(NEW_GOAL).waitFor();
    await editing(page).getByRole("button", { name: "Legg til tiltak" }).click();
    const measureForm = page.getByRole("form", { name: "Nytt tiltak" });
    await measureForm.getByLabel("Tittel").fill(NEW_MEASURE);
    await measureForm.getByLabel("Satsingsområde eller undertema").selectOption({ label: NEW_AREA });
    await measureForm.getByRole("button", { name: "Legg til tiltaket" }).click();
    await main.getByRole("region", { name: NEW_AREA }).getByRole("link", { name: NEW_MEASURE }).waitFor();
    await shot("new-programme-draft");
    await expectNoAxeViolations(page);

    // Adopted by the council, then published after a confirmation saying what the public sees.
    await adopt(page, "45/25", "2025-12-12", NEW_PROGRAMME);
    await main.getByRole("link", { name: NEW_PROGRAMME }).first().click();
    await page.getByRole("heading", { level: 1, name: NEW_PROGRAMME }).waitFor();
    await main.getByRole("region", { name: "Vedtak" }).getByText("Sak 45/25").waitFor();
    await main.getByText("Ikke publisert", { exact: true }).waitFor();
    await page.getByRole("button", { name: "Publiser", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: `Publisere «${NEW_PROGRAMME}»?` });
    await dialog.getByText("Alle, uten å logge inn, vil da lese denne versjonen").waitFor();
    await expectNoAxeViolations(page);
    await dialog.getByRole("button", { name: "Ja, publiser" }).click();
    await page.getByText(`«${NEW_PROGRAMME}» er publisert.`).waitFor();
    await shot("new-programme-published");

    // Signed out, as anyone: from the home page to the council's public page and the programme.
    await signOut(page);
    await backHome(page);
    await main.getByRole("link", { name: /Hamarregionen/ }).first().click();
    await page.getByRole("heading", { level: 2, name: "Publiserte handlingsprogram" }).waitFor();
    const published = page.getByRole("article").filter({ hasText: NEW_PROGRAMME });
    await published.getByRole("link", { name: NEW_PROGRAMME }).click();
    await page.getByRole("heading", { level: 1, name: NEW_PROGRAMME }).waitFor();
    await main.getByRole("region", { name: NEW_AREA }).getByRole("link", { name: NEW_MEASURE }).waitFor();
    await main.getByText(NEW_GOAL).first().waitFor();
    await shot("public-new-programme");
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
