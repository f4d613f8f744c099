import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trpc } from "../support/api.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { baseUrl, launchBrowser } from "../support/browser.js";
import { focusStop, hasFocus, tabThrough, tabTo } from "../support/keyboard.js";
import { signedIn } from "../support/session.js";
import { checkWidths } from "../support/widths.js";

// Sør-Østerdal's secretariat works on a shared measure with the keyboard alone: edits it in
// place, edits a municipality's part, adds and (almost) removes a budget line, and comments.
// Every in-place form takes the focus when it opens and gives it back when it closes. The
// measure lives in a draft programme made for this spec, so no other spec's data changes.

const MEASURE = "Felles rekruttering til helse og omsorg";
const RENAMED = "Felles rekruttering til helse, omsorg og beredskap";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A shared measure with Elverum's and Trysil's parts and one budget line, in a new draft. */
async function arrangeMeasure(page: Page): Promise<string> {
  const me = await trpc<{ organisation: { id: string } }>(page, "query", "auth.me");
  const ownerId = me.organisation.id;
  const members = await trpc<{ items: Array<{ municipality: { id: string; name: string } }> }>(page, "query", "organisations.listMemberships", { councilId: ownerId });
  const programme = await trpc<{ id: string }>(page, "mutation", "programmes.create", { ownerId, title: "Handlingsprogram 2036–2037", periodStart: "2036-01-01", periodEnd: "2037-12-31" });
  const measure = await trpc<{ id: string }>(page, "mutation", "measures.create", { programmeId: programme.id, scope: "shared", ownerId, title: MEASURE, position: 1 });
  for (const name of ["Elverum", "Trysil"]) {
    const member = members.items.find((item) => item.municipality.name === name);
    expect(member, `${name} is a member of the council`).toBeTruthy();
    await trpc(page, "mutation", "measures.addPart", { measureId: measure.id, municipalityId: member?.municipality.id, status: "in_progress", progress: 20 });
  }
  await trpc(page, "mutation", "measures.addBudgetLine", {
    measureId: measure.id, year: 2036, amount: { amountMinor: 30_000_000, currency: "NOK" }, fundingSource: "council_funds",
  });
  return measure.id;
}

describe("a measure with the keyboard and on a narrow screen", () => {
  it("is edited in place, part, budget and comment, without a mouse", async () => {
    const page = await signedIn(browser, "sor-osterdal@demo.samspill.no");
    const measureId = await arrangeMeasure(page);
    await page.goto(new URL(`/measures/${measureId}?lang=nb`, baseUrl()).toString());
    await page.getByRole("heading", { level: 1, name: MEASURE }).waitFor();
    const main = page.getByRole("main");
    await expectNoAxeViolations(page);
    await checkWidths(page, "keyboard-measure");

    // The measure's own fields: the form opens with the focus on its first field.
    const edit = main.getByRole("button", { name: "Rediger tiltaket" });
    await tabThrough(page, [main.getByRole("link", { name: "Handlingsprogram 2036–2037" }), edit]);
    await page.keyboard.press("Enter");
    const title = main.getByLabel("Tittel");
    expect(await hasFocus(title)).toBe(true);
    await expectNoAxeViolations(page);
    await page.keyboard.press("Control+A");
    await page.keyboard.type(RENAMED);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: RENAMED }).waitFor();
    await main.getByText("Lagret.").waitFor();
    expect(await hasFocus(edit)).toBe(true);

    // One municipality's part, from its row in the matrix and back to it.
    const parts = page.getByRole("region", { name: "Kommunenes deler" });
    const editElverum = parts.getByRole("button", { name: "Rediger delen til Elverum" });
    await tabTo(page, editElverum);
    await page.keyboard.press("Enter");
    const partForm = page.getByRole("form", { name: "Rediger delen til Elverum" });
    expect(await hasFocus(partForm.getByLabel("Status"))).toBe(true);
    await expectNoAxeViolations(page);
    await tabTo(page, partForm.getByLabel("Framdrift (%)"));
    await page.keyboard.press("Control+A");
    await page.keyboard.type("40");
    await page.keyboard.press("Enter");
    await partForm.waitFor({ state: "detached" });
    await parts.getByRole("row", { name: /Elverum/ }).locator('[aria-valuenow="40"]').waitFor();
    expect(await hasFocus(editElverum)).toBe(true);

    // A budget line added from the keyboard; the focus comes back to "add" when it is saved.
    const addLine = main.getByRole("button", { name: "Legg til budsjettlinje" });
    await tabTo(page, addLine);
    await page.keyboard.press("Enter");
    const budgetForm = page.getByRole("form", { name: "Ny budsjettlinje" });
    expect(await hasFocus(budgetForm.getByLabel("År"))).toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("2037");
    await page.keyboard.press("Tab");
    await page.keyboard.type("75 000");
    await expectNoAxeViolations(page);
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Budsjettlinjen er lagt til." }).waitFor();
    expect(await hasFocus(addLine)).toBe(true);
    await page.getByRole("table", { name: "Budsjettlinjer per år og finansieringskilde" }).getByRole("rowheader", { name: "Sum 2037" }).waitFor();

    // Removing asks first: the question takes the focus, Escape takes it back to the line's button.
    const remove = main.getByRole("button", { name: "Fjern budsjettlinje 2037, Regionrådets midler" });
    await tabThrough(page, [remove]);
    await page.keyboard.press("Enter");
    const question = main.getByRole("alertdialog", { name: "Fjern budsjettlinje 2037, Regionrådets midler" });
    expect(await hasFocus(question)).toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/keyboard-measure-remove-question.png", fullPage: true });
    await page.keyboard.press("Escape");
    await question.waitFor({ state: "detached" });
    expect(await hasFocus(remove)).toBe(true);

    // A comment, written and sent from the keyboard.
    await tabTo(page, main.getByLabel("Ny kommentar"));
    await page.keyboard.type("Trysil ønsker å delta i rekrutteringsmessen i mars.");
    await page.keyboard.press("Tab");
    expect((await focusStop(page)).name).toBe("Legg til kommentar");
    await page.keyboard.press("Enter");
    await main.getByText("Trysil ønsker å delta i rekrutteringsmessen i mars.").waitFor();
    await expectNoAxeViolations(page);
    await checkWidths(page, "keyboard-measure-after");
    await page.context().close();
  });
});
