import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { kroner, pasteBlock } from "../support/spreadsheet.js";
import { launchBrowser } from "../support/browser.js";
import { hasFocus } from "../support/keyboard.js";
import { signInFromHeader, visitHome } from "../support/person.js";

// Issue 10's measure of entry speed: Hamarregionen's secretariat enters seed 004's programme
// into a new draft from the home page by typing and pasting — the structure as PRODUCT.md's
// table (4 focus areas with headings and the 15 sub-themes the table lists, pasted from Excel
// with merged focus-area cells as blanks), 9 goals and 15 measures (shared ones and local ones for member
// municipalities), then parts for every member in every shared measure and two funding sources'
// budgets for every measure and year through the programme's budget grid — and counts every UI
// action: each click, fill, paste, select and keypress.
//
// It creates a programme other browser tests would list: ../support/sequencer.ts runs it last.

const TITLE = "Handlingsprogram 2028–2029";
const MEMBERS = ["Hamar", "Løten", "Ringsaker", "Stange"];
const MAX_ACTIONS = 60;

const STRUCTURE: Array<[string, string, string[]]> = [
  ["Befolkningsvekst", "Attraktivitet", ["Inkluderende bo- og arbeidsregion", "Internasjonalt miljø", "Satsningsområde nord for Oslo", "Samferdsel"]],
  ["Kompetanse og næringsutvikling", "Utvikling", ["Arenaer og nettverk", "Eksisterende næringsliv", "Trippel Helix", "Kompetansetilførsel", "Internasjonalt arbeid"]],
  ["Profilering og markedsføring", "Synliggjøring", ["Identitet", "Tiltrekningskraft", "Kommunikasjon"]],
  ["Diskusjonsarena", "Samarbeid", ["Felles mål", "Felles innsats", "Større region"]],
];

// Entered in the programme's order, which is not alphabetical: the page must keep it.
const GOALS: Array<[string, string]> = [
  ["Befolkningen i regionen vokser med minst 1 prosent i året", "Befolkningsvekst"],
  ["Ladeinfrastruktur for elbil i hele regionen innen 2029", "Befolkningsvekst"],
  ["Færre unge utenfor arbeid og utdanning", "Befolkningsvekst"],
  ["Flere arbeidsplasser i privat næringsliv", "Kompetanse og næringsutvikling"],
  ["Minst to EU/EØS-prosjekter med partnere fra regionen", "Kompetanse og næringsutvikling"],
  ["Sterkere samarbeid mellom næringsliv, forskning og det offentlige", "Kompetanse og næringsutvikling"],
  ["Hamarregionen er kjent som Innlandets foretrukne bo- og arbeidsregion", "Profilering og markedsføring"],
  ["Mjøsbyen gir felles areal- og transportplanlegging", "Diskusjonsarena"],
  ["Regionen taler med én stemme overfor Storting, fylke og stat", "Diskusjonsarena"],
];

// title ⇥ focus area or sub-theme ⇥ responsible organisation (a member makes it local) ⇥ person
const MEASURES: Array<[string, string, string, string]> = [
  ["Regional ladeinfrastruktur for elbil", "Samferdsel", "", "Kari Nordmann"],
  ["Hurtigladere ved kollektivknutepunktene", "Samferdsel", "Hamar", "Ingrid Hansen"],
  ["Mjøsby-samarbeid og regional vekstavtale", "Samferdsel", "", "Regionrådsleder"],
  ["Lærlingplasser mot utenforskap", "Inkluderende bo- og arbeidsregion", "Stange", "Ola Nordmann"],
  ["Arbeidstrening for unge voksne", "Inkluderende bo- og arbeidsregion", "Ringsaker", ""],
  ["Velkomstprogram for internasjonale arbeidstakere", "Internasjonalt miljø", "", ""],
  ["EU/EØS-prosjekter og partnersøk", "Internasjonalt arbeid", "", "Næringssjef"],
  ["Nettverksmøter for næringslivet", "Arenaer og nettverk", "", ""],
  ["Trippel Helix-forum med Høgskolen i Innlandet", "Trippel Helix", "", ""],
  ["Kompetansekartlegging i industrien", "Kompetansetilførsel", "Løten", ""],
  ["Felles profilering av regionen", "Identitet", "", "Kommunikasjonsrådgiver"],
  ["Kampanje for tilflytting til sentrum", "Tiltrekningskraft", "Hamar", ""],
  ["Møter med LO og NHO", "Felles innsats", "", ""],
  ["Tettere kontakt med Statsforvalteren og fylkeskommunen", "Større region", "", ""],
  ["Arbeid for Stortingets delegasjon til regionen", "Felles mål", "", ""],
];

/** The structure as Excel copies it: the merged focus-area and heading cells blank below their first row. */
const structureText = () =>
  STRUCTURE.flatMap(([area, heading, subThemes]) => subThemes.map((subTheme, index) => (index === 0 ? [area, heading, subTheme] : ["", "", subTheme]).join("\t"))).join("\r\n") + "\r\n";
const linesOf = (rows: ReadonlyArray<readonly string[]>) => rows.map((row) => row.join("\t")).join("\n");

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("entering seed 004's programme by pasting", () => {
  it(`enters 4 focus areas, 15 sub-themes, 9 goals and 15 measures in at most ${MAX_ACTIONS} UI actions`, async () => {
    let actions = 0;
    /** One UI action: a click, fill, paste, select or keypress. */
    const act = async (step: () => Promise<unknown>, count = 1) => {
      actions += count;
      await step();
    };

    const { page, shot } = await visitHome(browser, "paste-entry");
    actions += 1; // The home page's address, typed once.
    const main = page.getByRole("main");
    await act(() => signInFromHeader(page, "sekretariat@demo.samspill.no"), 4); // sign-in link, e-mail, password, submit
    await page.getByRole("heading", { level: 1, name: "Dashbord for rådet" }).waitFor();

    await act(() => main.getByRole("link", { name: "Nytt handlingsprogram" }).click());
    await page.getByRole("heading", { level: 1, name: "Nytt handlingsprogram" }).waitFor();
    const programmeForm = page.getByRole("form", { name: "Programmet" });
    await act(() => programmeForm.getByLabel("Tittel").fill(TITLE));
    await act(() => programmeForm.getByLabel("Periode fra").fill("2028-01-01"));
    await act(() => programmeForm.getByLabel("Periode til").fill("2029-12-31"));
    await act(() => programmeForm.getByRole("button", { name: "Opprett utkastet" }).click());
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await shot("draft");

    const editing = page.getByRole("region", { name: "Rediger handlingsprogrammet" });

    /** Opens a paste form, pastes the lines, previews them and saves: four actions. */
    async function paste(open: string, text: string, save: string, added: string): Promise<Locator> {
      await act(() => editing.getByRole("button", { name: open }).click());
      const form = page.getByRole("form", { name: open });
      await act(() => form.getByLabel("Linjer").fill(text));
      await act(() => form.getByRole("button", { name: /^Forhåndsvis/ }).click());
      await form.getByRole("table").waitFor();
      expect(await form.getByText("Feil", { exact: true }).count()).toBe(0);
      await shot(`${open.toLowerCase().replaceAll(" ", "-")}-preview`);
      await expectNoAxeViolations(page);
      await act(() => form.getByRole("button", { name: save }).click());
      const notice = editing.getByText(added);
      await notice.waitFor();
      return notice;
    }

    const structureNotice = await paste("Lim inn satsingsområder og undertemaer", structureText(), "Lagre 19 satsingsområder og undertemaer",
      "La til 4 satsingsområder og 15 undertemaer.");
    // The focus goes to what was added, said in the status region.
    await expect.poll(() => structureNotice.evaluate((element) => element.closest("[role=status]")?.contains(document.activeElement) ?? false)).toBe(true);
    await paste("Lim inn mål", linesOf(GOALS), "Lagre 9 mål", "La til 9 mål.");
    await paste("Lim inn tiltak", linesOf(MEASURES), "Lagre 15 tiltak", "La til 15 tiltak.");
    await shot("entered");

    // The programme page shows the structure, goals and measures in the order entered.
    const region = (name: string) => main.getByRole("region", { name, exact: true });
    for (const [area, heading, subThemes] of STRUCTURE) {
      await region(area).getByText(heading, { exact: true }).first().waitFor();
      const listed = await region(area).getByRole("heading", { name: "Undertemaer" }).locator("xpath=following-sibling::ul[1]/li").allTextContents();
      expect(listed).toEqual(subThemes);
      const goals = await region(area).getByRole("heading", { name: "Mål", exact: true }).first().locator("xpath=following-sibling::ul[1]/li/strong").allTextContents();
      expect(goals).toEqual(GOALS.filter(([, place]) => place === area).map(([goal]) => goal));
    }
    const headings = await main.getByRole("heading", { level: 2 }).allTextContents();
    expect(headings.filter((text) => STRUCTURE.some(([area]) => area === text.trim()))).toEqual(STRUCTURE.map(([area]) => area));
    for (const place of new Set(MEASURES.map(([, where]) => where))) {
      const titles = await region(place).getByRole("table").getByRole("rowheader").getByRole("link").allTextContents();
      expect(titles).toEqual(MEASURES.filter(([, where]) => where === place).map(([title]) => title));
    }
    for (const [title, , municipality] of MEASURES.filter(([, , owner]) => owner !== "")) {
      await main.getByRole("row").filter({ has: page.getByRole("link", { name: title, exact: true }) }).getByText(municipality, { exact: false }).first().waitFor();
    }
    await shot("programme");
    await expectNoAxeViolations(page);
    const entered = actions;

    // Parts for every member in every shared measure, in one save (all are chosen already).
    const bulk = main.getByRole("region", { name: "Deler og budsjett for alle tiltak" });
    await act(() => bulk.getByRole("button", { name: "Deler for medlemmene i flere tiltak" }).click());
    const partsForm = bulk.getByRole("form", { name: "Deler for medlemmene i flere tiltak" });
    const shared = MEASURES.filter(([, , owner]) => owner === "").length;
    expect(await partsForm.getByRole("group", { name: "Felles tiltak" }).getByRole("checkbox", { checked: true }).count()).toBe(shared);
    await act(() => partsForm.getByRole("button", { name: `Legg til ${shared * MEMBERS.length} deler` }).click());
    await bulk.getByRole("status").filter({ hasText: `${shared * MEMBERS.length} deler er lagt til.` }).waitFor();

    // The budget of all 15 measures for both years from two funding sources: a block pasted
    // from a spreadsheet into the first cell of the programme's grid, one source at a time.
    const budgets: Array<[string, (row: number, year: number) => number]> = [
      ["Regionrådets midler", (row, year) => 50_000 + row * 10_000 + year * 5_000],
      ["Fylkets partnerskapsmidler", (row, year) => 20_000 + row * 1_000 + year * 2_000],
    ];
    for (const [index, [source, amount]] of budgets.entries()) {
      if (index > 0) await act(() => bulk.getByLabel("Finansieringskilde").selectOption({ label: source }));
      const grid = bulk.getByRole("table", { name: new RegExp(`^${source} per tiltak og år`) });
      await grid.waitFor();
      expect(await grid.locator("tbody tr").count()).toBe(MEASURES.length);
      const block = MEASURES.map((_, row) => [0, 1].map((year) => amount(row, year)));
      const firstCell = grid.getByRole("textbox").first();
      await act(() => firstCell.click());
      await act(() => pasteBlock(firstCell, block));
      const sums = [0, 1].map((year) => block.reduce((sum, row) => sum + (row[year] ?? 0), 0));
      const totals = async () => (await grid.locator("tfoot tr").last().locator("td").allTextContents()).map(kroner);
      await expect.poll(totals).toEqual([...sums, sums[0]! + sums[1]!]);
      await act(() => bulk.getByRole("button", { name: /^Lagre \d+ endring/ }).click());
      await bulk.getByRole("status").filter({ hasText: "celler er lagret." }).waitFor();
    }
    await shot("parts-and-budget");
    await bulk.screenshot({ path: "test-results/paste-entry-parts-and-budget.png" });
    await expectNoAxeViolations(page);

    process.stderr.write(
      `paste-entry: ${actions} UI actions for 4 focus areas, 15 sub-themes, 9 goals and 15 measures with parts and budget ` +
        `(${entered} to the measures, ${actions - entered} for parts and two funding sources' budgets)\n`,
    );
    expect(actions).toBeLessThanOrEqual(MAX_ACTIONS);

    // Not part of the entry: a goal moves down from the keyboard and is dragged back to the top.
    const [[first], [second]] = GOALS as [[string, string], [string, string]];
    const goalsOf = () => region("Befolkningsvekst").getByRole("heading", { name: "Mål", exact: true }).first().locator("xpath=following-sibling::ul[1]/li/strong").allTextContents();
    const down = editing.getByRole("button", { name: `Flytt ned «${first}»` });
    await down.focus();
    await page.keyboard.press("Enter");
    await editing.getByRole("status").getByText(`«${first}» er flyttet ned.`).waitFor();
    await expect.poll(goalsOf).toEqual([second, first, GOALS[2]![0]]);
    await expect.poll(() => hasFocus(down)).toBe(true);
    const goalRow = (title: string) => editing.locator(".programme-editing-row", { hasText: `Mål: ${title}` });
    await goalRow(first).dragTo(goalRow(second));
    await editing.getByRole("status").getByText(`«${first}» er flyttet til plass 1.`).waitFor();
    await expect.poll(goalsOf).toEqual([first, second, GOALS[2]![0]]);
    await closePage(page);
  });
});



async function closePage(page: Page): Promise<void> {
  await page.context().close();
}
