import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { kroner, pasteBlock } from "../support/spreadsheet.js";
import { launchBrowser, openPage } from "../support/browser.js";
import { follow, workLinks } from "../support/links.js";
import { submitSignIn } from "../support/session.js";

// Hamarregionen's secretariat enters a draft programme's parts and budget in a few steps: from
// the home page by links to a draft of next period's programme (copied forward from the current
// one), parts for every member in every shared measure in one save, and the whole programme's
// council funds by pasting one block from a spreadsheet into the programme's budget grid.
//
// It adds a draft programme with parts and budget lines, so ../support/sequencer.ts runs it last.

const MEMBERS = ["Hamar", "Løten", "Ringsaker", "Stange"];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/budget-grid-${name}.png`, fullPage: true });



describe("a programme's parts and budget for all measures", () => {
  it("adds parts for all members in one save and fills the programme's budget grid by one paste", async () => {
    const page = await openPage(browser, "/");
    await page.getByRole("banner").getByRole("link", { name: "Logg inn" }).click();
    await submitSignIn(page, "sekretariat@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: "Dashbord for rådet" }).waitFor();

    // Next period's programme as a draft, from the newest adopted one with measures: 2024–2025
    // once the copy-forward spec has made it (the sequencer runs that first), else 2022–2023.
    // (Newer titles in the list may be empty drafts other specs made.)
    const links = workLinks(page).getByRole("link", { name: /^Handlingsprogram 20\d\d–20\d\d$/ });
    await links.first().waitFor();
    const titles = await links.allTextContents();
    const source = titles.includes("Handlingsprogram 2024–2025") ? "Handlingsprogram 2024–2025" : "Handlingsprogram 2022–2023";
    await follow(page, workLinks(page).getByRole("link", { name: source, exact: true }).first(), source);
    const actions = page.getByRole("navigation", { name: "Versjoner og rullering" });
    await follow(page, actions.getByRole("link", { name: "Start neste periodes program" }), "Start neste periodes program");
    const draftTitle = await page.locator("#copy-forward-title").inputValue();
    await page.getByRole("main").getByRole("button", { name: "Lag utkast" }).click();
    await page.getByRole("heading", { level: 1, name: draftTitle }).waitFor();
    const main = page.getByRole("main");
    const bulk = main.getByRole("region", { name: "Deler og budsjett for alle tiltak" });
    await bulk.waitFor();

    // Parts: every shared measure and every member are chosen already — open, save.
    let uiActions = 0;
    await bulk.getByRole("button", { name: "Deler for medlemmene i flere tiltak" }).click();
    uiActions += 1;
    const partsForm = bulk.getByRole("form", { name: "Deler for medlemmene i flere tiltak" });
    const measures = await partsForm.getByRole("group", { name: "Felles tiltak" }).getByRole("checkbox").count();
    expect(measures).toBeGreaterThan(0);
    for (const name of MEMBERS) expect(await partsForm.getByRole("checkbox", { name, exact: true }).isChecked()).toBe(true);
    await expectNoAxeViolations(page);
    await shot(page, "parts-form");
    await partsForm.getByRole("button", { name: /^Legg til \d+ del/ }).click();
    uiActions += 1;
    await bulk.getByRole("status").filter({ hasText: /deler? er lagt til\./ }).waitFor();
    await bulk.getByText("Alle medlemskommunene har allerede en del.").waitFor();
    const partsActions = uiActions;

    // The budget: council funds for every measure and year, pasted as one block into the first cell.
    const grid = bulk.getByRole("table", { name: /^Regionrådets midler per tiltak og år/ });
    await grid.waitFor();
    const years = (await grid.locator("thead th").allTextContents()).filter((text) => /^\d{4}$/.test(text.trim()));
    const rows = await grid.locator("tbody tr").count();
    expect(rows).toBeGreaterThanOrEqual(measures);
    const block = Array.from({ length: rows }, (_, row) => years.map((_, column) => (row + 1) * 10_000 + (column + 1) * 1_000));
    const firstCell = grid.getByRole("textbox").first();
    await firstCell.click();
    await pasteBlock(firstCell, block);
    uiActions += 2;
    await bulk.getByRole("status").filter({ hasText: `${rows * years.length} celler er fylt ut` }).waitFor();

    // The totals as typed are the sums of what was pasted, before and after saving.
    const totals = grid.locator("tfoot tr").last();
    const expectTotals = async () => {
      const shown = (await totals.locator("td").allTextContents()).map(kroner);
      const sums = years.map((_, column) => block.reduce((sum, row) => sum + (row[column] ?? 0), 0));
      expect(shown.slice(0, years.length)).toEqual(sums);
      expect(shown.at(-1)).toBe(sums.reduce((sum, value) => sum + value, 0));
    };
    await expectTotals();
    await expectNoAxeViolations(page);
    await shot(page, "pasted");
    await bulk.screenshot({ path: "test-results/budget-grid-pasted-grid.png" });
    await bulk.getByRole("button", { name: /^Lagre \d+ endring/ }).click();
    uiActions += 1;
    await bulk.getByRole("status").filter({ hasText: "celler er lagret." }).waitFor();
    await page.reload();
    await page.getByRole("heading", { level: 1, name: draftTitle }).waitFor();
    await grid.waitFor();
    await expectTotals();
    await shot(page, "saved");

    // Open, save the parts; click, paste, save the budget: five actions for the whole programme.
    expect(partsActions).toBe(2);
    expect(uiActions).toBe(5);

    // Every member has its part of every shared measure now: nothing is left to add.
    await bulk.getByText("Alle medlemskommunene har allerede en del.").waitFor();
    await page.context().close();
  });
});
