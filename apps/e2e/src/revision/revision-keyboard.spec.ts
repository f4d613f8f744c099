import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trpc } from "../support/api.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { baseUrl, launchBrowser } from "../support/browser.js";
import { expectDialogTrapsFocus, focusStop, hasFocus, tabThrough, tabTo } from "../support/keyboard.js";
import { signedIn } from "../support/session.js";
import { checkWidths } from "../support/widths.js";

// Sør-Østerdal's secretariat adopts a programme of its own, starts its revision and reads
// what changed — all with the keyboard, and each screen at 320 px. The programme is made for
// this spec so that no other spec's programmes change.

const TITLE = "Handlingsprogram 2034–2035";
const MEASURE = { before: "Felles rekrutteringskampanje", after: "Felles rekrutteringskampanje for helsefag" };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A draft programme of the secretariat's council with one focus area and one shared measure. */
async function arrangeDraft(page: Page): Promise<string> {
  const me = await trpc<{ organisation: { id: string } }>(page, "query", "auth.me");
  const ownerId = me.organisation.id;
  const programme = await trpc<{ id: string }>(page, "mutation", "programmes.create", { ownerId, title: TITLE, periodStart: "2034-01-01", periodEnd: "2035-12-31" });
  const area = await trpc<{ id: string }>(page, "mutation", "programmes.addFocusArea", { programmeId: programme.id, title: "Kompetanse" });
  await trpc(page, "mutation", "measures.create", { programmeId: programme.id, focusAreaId: area.id, scope: "shared", ownerId, title: MEASURE.before, position: 1 });
  return programme.id;
}

const open = async (page: Page, path: string) => page.goto(new URL(`${path}?lang=nb`, baseUrl()).toString());
const idFromUrl = (page: Page) => new URL(page.url()).pathname.split("/")[2] ?? "";

describe("the rolling revision with the keyboard and on a narrow screen", () => {
  it("adopts, starts a revision through the dialog and shows what changed", async () => {
    const page = await signedIn(browser, "sor-osterdal@demo.samspill.no");
    const draftId = await arrangeDraft(page);
    await open(page, `/programmes/${draftId}`);
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const actions = page.getByRole("navigation", { name: "Versjoner og rullering" });

    // Adopting: the form is filled and sent from the keyboard; a wrong case number is said first.
    await tabThrough(page, [actions.getByRole("link", { name: "Versjoner" }), actions.getByRole("link", { name: "Vedta denne versjonen" })]);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Vedta versjon 1" }).waitFor();
    await checkWidths(page, "keyboard-revision-adopt");
    const main = page.getByRole("main");
    await tabThrough(page, [main.getByLabel("Møtedato")]);
    await page.keyboard.type("11182033");
    await tabTo(page, main.getByLabel("Vedtaksorgan"));
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Regionrådet");
    await tabTo(page, main.getByLabel("Saksnummer"));
    await page.keyboard.type("7-33");
    await tabTo(page, main.getByLabel("Vedtakstekst"));
    await page.keyboard.type("Rådet vedtar handlingsprogrammet for 2034–2035.");
    await tabTo(page, main.getByRole("button", { name: "Registrer vedtak og vedta" }));
    await page.keyboard.press("Enter");
    // The summary of what to correct takes the focus; its link leads to the field.
    const summaryLink = main.getByRole("link", { name: "Saksnummer skrives som 41/22." });
    await summaryLink.waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/keyboard-revision-adopt-error.png", fullPage: true });
    await tabTo(page, summaryLink);
    await page.keyboard.press("Enter");
    expect(await hasFocus(main.getByLabel("Saksnummer"))).toBe(true);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("7/33");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Versjoner" }).waitFor();
    await page.getByText("Versjonen er vedtatt.", { exact: false }).waitFor();
    await expectNoAxeViolations(page);
    await checkWidths(page, "keyboard-revision-versions");

    // Starting the revision: the dialog holds the focus, Escape closes it, Enter confirms it.
    await open(page, `/programmes/${draftId}`);
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const start = page.getByRole("region", { name: "Endringer i det vedtatte handlingsprogrammet" }).getByRole("button", { name: "Start rullering" });
    const dialog = page.getByRole("dialog");
    await expectDialogTrapsFocus(page, start, dialog);
    await start.focus();
    await page.keyboard.press("Enter");
    await dialog.getByRole("heading", { name: "Starte rullering?" }).waitFor();
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 320, height: 900 });
    await page.screenshot({ path: "test-results/keyboard-revision-start-dialog-320.png" });
    await page.setViewportSize({ width: 1280, height: 900 });
    await tabTo(page, dialog.getByRole("button", { name: "Start rullering" }));
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.pathname.startsWith("/programmes/") && !url.pathname.includes(draftId));
    const revisionId = idFromUrl(page);

    // One measure changed in the new version, so that there is a difference to read.
    const revision = await trpc<{ id: string }>(page, "query", "programmes.get", { id: revisionId });
    const measures = await trpc<{ items: Array<{ id: string; title: string; version: number }> }>(page, "query", "measures.list", { programmeId: revision.id, limit: 50, offset: 0 });
    const carried = measures.items.find((item) => item.title === MEASURE.before);
    expect(carried).toBeTruthy();
    await trpc(page, "mutation", "measures.update", { id: carried?.id, version: carried?.version, title: MEASURE.after });

    await open(page, `/programmes/${revisionId}`);
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await tabThrough(page, [actions.getByRole("link", { name: "Hva er endret siden forrige versjon" })]);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: "Hva er endret" }).waitFor();
    expect((await focusStop(page)).tag).toBe("main");
    const changes = page.getByRole("table", { name: `Endringer i ${MEASURE.after}` });
    await changes.getByRole("cell", { name: MEASURE.before, exact: true }).waitFor();
    await expectNoAxeViolations(page);
    await checkWidths(page, "keyboard-revision-diff");
    await page.context().close();
  });
});
