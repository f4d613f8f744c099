import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { trpc } from "../support/api.js";
import { baseUrl, launchBrowser } from "../support/browser.js";
import { openProgramme, signedIn } from "../support/session.js";

// PRODUCT.md walkthrough "Hamarregionen (seed 004)" in the browser, as the secretariat: the
// programme with the seed's table, a new shared measure with a part per member, and the
// council's adoption decision. The Word download belongs to the documents issue.

const TITLE = "Handlingsprogram 2022–2023";
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

const editing = (page: Page) => page.getByRole("region", { name: "Rediger programmet" });

describe("walkthrough: Hamarregionen's secretariat edits its programme", () => {
  it("checks the seed's table, adds a shared measure with four parts and adopts a draft", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no");
    await openProgramme(page, TITLE, "Hamarregionen");

    // The four focus areas, each with all its sub-themes from seed 004's table.
    for (const [area, subThemes] of Object.entries(SEED_004)) {
      const region = page.getByRole("main").getByRole("region", { name: area, exact: true });
      for (const subTheme of subThemes) {
        await expect(region.getByText(subTheme, { exact: true }).count()).resolves.toBeGreaterThan(0);
      }
    }

    // A new shared measure under Samferdsel; a missing title is caught first, at the field.
    await editing(page).getByRole("button", { name: "Legg til tiltak" }).click();
    const form = page.getByRole("form", { name: "Nytt tiltak" });
    await form.getByRole("button", { name: "Legg til tiltaket" }).click();
    await form.getByRole("link", { name: "Fyll ut feltet." }).waitFor();
    expect(await form.getByLabel("Tittel").getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/hamarregionen-add-measure-errors.png", fullPage: false });
    await form.getByLabel("Tittel").fill(MEASURE);
    await form.getByLabel("Satsingsområde eller undertema").selectOption({ label: "Befolkningsvekst › Samferdsel" });
    await form.getByLabel("Ansvarlig person").fill("Kari Nordmann");
    await form.getByLabel("Startdato").fill("2023-01-01");
    await form.getByLabel("Sluttdato").fill("2023-12-31");
    await form.getByLabel("Beskrivelse").fill("Flere ladepunkter ved kommunale bygg i alle fire kommuner.");
    await form.getByRole("button", { name: "Legg til tiltaket" }).click();
    await page.getByText(`Tiltaket «${MEASURE}» er lagt til.`).waitFor();
    const samferdsel = page.getByRole("region", { name: "Samferdsel", exact: true });
    await samferdsel.getByRole("link", { name: MEASURE }).waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/hamarregionen-measure-added.png", fullPage: false });

    // Its parts: one per member municipality, added one by one.
    await editing(page).getByRole("link", { name: "Åpne tiltaket" }).click();
    await page.getByRole("heading", { level: 1, name: MEASURE }).waitFor();
    const parts = page.getByRole("region", { name: "Kommunenes deler" });
    for (const [index, name] of MEMBERS.entries()) {
      await parts.getByRole("button", { name: "Legg til del for en medlemskommune" }).click();
      const partForm = parts.getByRole("form", { name: "Ny del" });
      await partForm.getByLabel("Kommune", { exact: true }).selectOption({ label: name });
      await partForm.getByLabel("Kontaktperson").fill(`Kontakt i ${name}`);
      if (index === 0) {
        await expectNoAxeViolations(page);
        await page.screenshot({ path: "test-results/hamarregionen-add-part.png", fullPage: false });
      }
      await partForm.getByRole("button", { name: "Legg til delen" }).click();
      await parts.getByText(`Delen for ${name} er lagt til.`).waitFor();
    }
    const matrix = parts.getByRole("table");
    for (const name of MEMBERS) await matrix.getByRole("rowheader", { name, exact: true }).waitFor();
    await expect(matrix.getByRole("rowheader").filter({ hasText: new RegExp(`^(${MEMBERS.join("|")})$`) }).count()).resolves.toBe(4);
    // Every member has its part now, so none is offered again.
    await parts.getByText("Alle medlemskommunene har allerede en del.").waitFor();
    await expect(parts.getByRole("button", { name: "Legg til del for en medlemskommune" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/hamarregionen-parts.png", fullPage: true });

    // A draft programme (no screen opens one yet), a focus area added through the page, adopted.
    const me = await trpc<{ scope: { councilIds: string[] } }>(page, "query", "auth.me");
    const councilId = me.scope.councilIds[0];
    const draft = await trpc<{ id: string }>(page, "mutation", "programmes.create", {
      ownerId: councilId, title: DRAFT, periodStart: "2026-01-01", periodEnd: "2027-12-31",
    });
    await page.goto(new URL(`/programmes/${draft.id}?lang=nb`, baseUrl()).toString());
    await page.getByRole("heading", { level: 1, name: DRAFT }).waitFor();
    await editing(page).getByRole("button", { name: "Legg til satsingsområde eller undertema" }).click();
    const areaForm = page.getByRole("form", { name: "Nytt satsingsområde eller undertema" });
    await areaForm.getByLabel("Tittel").fill("Klima og energi");
    await areaForm.getByLabel("Kort overskrift (valgfritt)").fill("Omstilling");
    await expectNoAxeViolations(page);
    await areaForm.getByRole("button", { name: "Legg til", exact: true }).click();
    await page.getByRole("heading", { level: 2, name: "Klima og energi" }).waitFor();
    await editing(page).getByRole("button", { name: "Legg til mål" }).click();
    const goalForm = page.getByRole("form", { name: "Nytt mål" });
    await goalForm.getByLabel("Mål for").selectOption({ label: "Klima og energi" });
    await goalForm.getByLabel("Mål", { exact: true }).fill("Halvere utslippene fra kommunale bygg");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/hamarregionen-draft-goal.png", fullPage: true });
    await goalForm.getByRole("button", { name: "Legg til målet" }).click();
    await page.getByRole("region", { name: "Klima og energi" }).getByText("Halvere utslippene fra kommunale bygg").waitFor();

    await page.getByRole("navigation", { name: "Versjoner og rullering" }).getByRole("link", { name: "Vedta denne versjonen" }).click();
    await page.getByRole("heading", { level: 1, name: "Vedta versjon 1" }).waitFor();
    await page.getByLabel("Møtedato").fill("2025-12-12");
    await page.getByLabel("Vedtaksorgan").fill("Regionrådet");
    await page.getByLabel("Saksnummer").fill("44/25");
    await page.getByLabel("Vedtakstekst").fill(`Regionrådet vedtar ${DRAFT}.`);
    await page.getByRole("button", { name: "Registrer vedtak og vedta" }).click();
    await page.getByRole("heading", { level: 1, name: "Versjoner" }).waitFor();

    await page.goto(new URL(`/programmes/${draft.id}?lang=nb`, baseUrl()).toString());
    await page.getByRole("heading", { level: 1, name: DRAFT }).waitFor();
    await expect(page.getByRole("main").getByText("Vedtatt", { exact: true }).first().isVisible()).resolves.toBe(true);
    await page.getByText("Regionrådet", { exact: false }).first().waitFor();
    // An adopted programme takes measures, but its focus areas and goals are the decision's.
    await expect(editing(page).getByRole("button", { name: "Legg til satsingsområde eller undertema" }).count()).resolves.toBe(0);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/hamarregionen-adopted.png", fullPage: false });
    await page.context().close();
  });
});
