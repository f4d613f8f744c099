import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { backHome, signInFromHeader, signOut, visitHome } from "../support/person.js";

// PRODUCT.md walkthrough "Gardermoregionen (seed 002)", as its secretariat from the home page:
// six municipalities, the strategic business plan (pre-project adopted January 2020, action
// programme April 2021), the roles in the follow-up, and a rolling revision to a new version
// that shows what changed — adopted, published and read on the public page.

const TITLE = "Handlingsprogram for strategisk næringsplan 2021–2023";
const MUNICIPALITIES = ["Ullensaker", "Nes", "Gjerdrum", "Nannestad", "Eidsvoll", "Hurdal"];
const EDITED = { from: "Initiere flere nettverk og næringsklynger", to: "Initiere flere nettverk, klynger og samarbeid" };
const CARRIED = "Synliggjøre merverdien av en felles strategi";
const COMPLETED = "Kartlegge nettverk og næringsklynger i regionen";
const ADDED = "Grønn industri i Gardermoregionen";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const versions = (page: Page) => page.getByRole("navigation", { name: "Versjoner og rullering" });
const editing = (page: Page) => page.getByRole("region", { name: "Rediger handlingsprogrammet" });

describe("walkthrough: Gardermoregionen", () => {
  it("reads the plan, its decisions and roles, and revises the programme into a new version that shows what changed", async () => {
    const { page, shot } = await visitHome(browser, "gardermoregionen");
    const main = page.getByRole("main");
    await signInFromHeader(page, "gardermoregionen@demo.samspill.no");
    await main.getByRole("navigation", { name: "Ditt arbeid" }).getByRole("link", { name: TITLE }).waitFor();
    await shot("home");

    // The pre-project, adopted in January 2020, among the council's meetings.
    await main.getByRole("navigation", { name: "Ditt arbeid" }).getByRole("link", { name: "Møter og vedtak" }).click();
    await page.getByRole("heading", { level: 1, name: "Møter" }).waitFor();
    await main.getByRole("link", { name: "Regionrådsmøte 24. januar 2020" }).click();
    const preProject = page.getByRole("region", { name: "Strategisk næringsplan for Gardermoregionen – forprosjekt" });
    await preProject.getByText("Sak 4/20", { exact: true }).waitFor();
    await preProject.getByRole("heading", { name: "Vedtak · Vedtatt 24.01.2020" }).waitFor();
    await shot("pre-project-decision");
    await expectNoAxeViolations(page);

    // The action programme, adopted in April 2021 under the strategic business plan.
    await backHome(page);
    await main.getByRole("navigation", { name: "Ditt arbeid" }).getByRole("link", { name: TITLE }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await main.getByText("Regionrådet, 23.04.2021, sak 11/21").waitFor();
    await main.getByRole("region", { name: "Strategisk næringsplan for Gardermoregionen" }).getByText("Mer verdiskaping gjennom regionalt samarbeid").waitFor();

    // Roles in the follow-up: the council owns, Innovasjon Gardermoen coordinates, the six municipalities contribute.
    const roles = main.getByRole("table", { name: "Roller i oppfølgingen" });
    const roleOf = async (organisation: string) =>
      roles.getByRole("row").filter({ has: page.getByRole("rowheader", { name: organisation, exact: true }) }).getByRole("cell").first().innerText();
    await expect(roleOf("Innovasjon Gardermoen")).resolves.toBe("Koordinator");
    for (const municipality of MUNICIPALITIES) await expect(roleOf(municipality)).resolves.toBe("Bidragsyter");
    await expect(roles.getByRole("cell", { name: "Bidragsyter", exact: true }).count()).resolves.toBe(6);
    // The follow-up changes on the adopted version too: the county joins as funder.
    const rolesSection = main.getByRole("region", { name: "Roller i oppfølgingen" });
    await rolesSection.getByRole("button", { name: "Legg til rolle" }).click();
    await rolesSection.getByLabel("Organisasjon", { exact: true }).selectOption({ label: "Akershus" });
    await rolesSection.getByLabel("Rolle", { exact: true }).selectOption({ label: "Finansierer" });
    await rolesSection.getByLabel("Ansvar (valgfritt)").fill("Medfinansiering av fellestiltakene.");
    await expectNoAxeViolations(page);
    await rolesSection.getByRole("button", { name: "Legg til rollen" }).click();
    await rolesSection.getByText("Akershus har fått en rolle i oppfølgingen.").waitFor();
    await expect(roleOf("Akershus")).resolves.toBe("Finansierer");
    // The table of all measures names the same responsible organisation as the focus area's table.
    const allMeasures = main.getByRole("table", { name: "Alle tiltak" });
    await allMeasures.getByRole("row").filter({ hasText: EDITED.from }).getByRole("cell", { name: /^Innovasjon Gardermoen/ }).waitFor();
    await shot("programme");
    await expectNoAxeViolations(page);

    // The shared measure has a part for each of the six.
    await main.getByRole("link", { name: EDITED.from, exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: EDITED.from }).waitFor();
    const parts = page.getByRole("region", { name: "Kommunenes deler" });
    for (const municipality of MUNICIPALITIES) await parts.getByRole("rowheader", { name: municipality, exact: true }).waitFor();
    await main.getByRole("link", { name: TITLE }).first().click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();

    // A rolling revision: a new draft version carrying forward what is unfinished.
    await editing(page).getByRole("region", { name: "Endringer i det vedtatte handlingsprogrammet" }).getByRole("button", { name: "Start rullering" }).click();
    await page.getByRole("dialog", { name: "Starte rullering?" }).getByRole("button", { name: "Start rullering" }).click();
    await main.getByText("Versjon 2").first().waitFor();
    await main.getByRole("table", { name: "Roller i oppfølgingen" }).getByRole("rowheader", { name: "Hurdal" }).waitFor();

    // One carried measure renamed, one new measure added.
    await main.getByRole("link", { name: EDITED.from, exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: EDITED.from }).waitFor();
    await page.getByRole("button", { name: "Rediger tiltaket" }).click();
    await page.getByLabel("Tittel").fill(EDITED.to);
    await page.getByRole("button", { name: "Lagre", exact: true }).click();
    await page.getByText("Lagret.").waitFor();
    await main.getByRole("link", { name: TITLE }).first().click();
    await main.getByText("Versjon 2").first().waitFor();
    await editing(page).getByRole("button", { name: "Legg til tiltak" }).click();
    const form = page.getByRole("form", { name: "Nytt tiltak" });
    await form.getByLabel("Tittel").fill(ADDED);
    await form.getByLabel("Satsingsområde eller undertema").selectOption({ label: "Omstilling etter koronapandemien" });
    await form.getByRole("button", { name: "Legg til tiltaket" }).click();
    await page.getByText(`Tiltaket «${ADDED}» er lagt til.`).waitFor();

    // What changed since the adopted version.
    await versions(page).getByRole("link", { name: "Hva er endret siden forrige versjon" }).click();
    await page.getByRole("heading", { level: 1, name: "Hva er endret" }).waitFor();
    const measures = page.getByRole("region", { name: "Tiltak", exact: true });
    await measures.getByText("1 nye, 1 endret, 4 ikke ført videre, 3 ført videre uendret").waitFor();
    await measures.getByRole("region", { name: "Nye (1)" }).getByText(ADDED).waitFor();
    await measures.getByRole("region", { name: "Endret (1)" }).getByRole("table", { name: `Endringer i ${EDITED.to}` }).getByRole("cell", { name: EDITED.from }).waitFor();
    await measures.getByRole("region", { name: /^Ført videre uendret/ }).getByText(CARRIED).waitFor();
    await measures.getByRole("region", { name: /^Ikke ført videre/ }).getByRole("listitem").filter({ hasText: COMPLETED }).getByText("Fullført").waitFor();
    await shot("what-changed");
    await expectNoAxeViolations(page);

    // The council adopts version 2; a case number written wrong is named at its field first.
    await page.getByRole("link", { name: /^Tilbake til/ }).first().click();
    await versions(page).getByRole("link", { name: "Vedta denne versjonen" }).click();
    await page.getByRole("heading", { level: 1, name: "Vedta versjon 2" }).waitFor();
    await page.getByLabel("Møtedato").fill("2022-11-18");
    await page.getByLabel("Saksnummer").fill("41-22");
    await page.getByLabel("Vedtakstekst").fill("Regionrådet vedtar rullert handlingsprogram for strategisk næringsplan.");
    await page.getByRole("button", { name: "Registrer vedtak og vedta" }).click();
    await page.getByText("Saksnummer skrives som 41/22.").first().waitFor();
    await shot("adopt-case-number");
    await page.getByLabel("Saksnummer").fill("41/22");
    await page.getByRole("button", { name: "Registrer vedtak og vedta" }).click();
    await page.getByRole("heading", { level: 1, name: "Versjoner" }).waitFor();
    await page.getByText("Forrige versjon er nå erstattet.").waitFor();
    const row = (version: string) => main.getByRole("table").getByRole("row").filter({ has: page.getByRole("rowheader", { name: version, exact: true }) });
    await row("1").getByText("Erstattet").waitFor();
    await row("2").getByText("Vedtatt").waitFor();
    await shot("versions");
    await expectNoAxeViolations(page);

    // Published, then read by anyone from the home page.
    await row("2").getByRole("link", { name: TITLE }).click();
    await main.getByText("Versjon 2").first().waitFor();
    await page.getByRole("button", { name: "Publiser", exact: true }).click();
    await page.getByRole("dialog", { name: `Publisere «${TITLE}»?` }).getByRole("button", { name: "Ja, publiser" }).click();
    await page.getByText(`«${TITLE}» er publisert.`).waitFor();
    await signOut(page);
    await backHome(page);
    await page.getByRole("heading", { level: 1, name: "Publiserte handlingsprogram" }).waitFor();
    await main.getByRole("region", { name: /^Gardermoregionen/ }).getByRole("heading", { level: 2 }).getByRole("link").click();
    const published = page.getByRole("article").filter({ hasText: "Vedtatt" }).filter({ has: page.getByRole("link", { name: TITLE }) });
    await published.first().getByRole("link", { name: TITLE }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await main.getByRole("link", { name: ADDED }).first().waitFor();
    await main.getByRole("link", { name: EDITED.to }).first().waitFor();
    await shot("public-revision");
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
