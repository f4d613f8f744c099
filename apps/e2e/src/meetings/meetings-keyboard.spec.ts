import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { trpc } from "../support/api.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { baseUrl, launchBrowser, NORWEGIAN_BROWSER } from "../support/browser.js";
import { hasFocus, tabThrough, tabTo } from "../support/keyboard.js";
import { signedIn } from "../support/session.js";
import { checkWidths } from "../support/widths.js";

// Sør-Østerdal's secretariat records, edits and tidies a meeting with the keyboard alone, and
// gets past someone else's change; Hamarregionen's adopting case cannot be removed. Then the
// meetings list: a council picker kept in the address, and all councils' meetings for the public.

const TITLE = "Rådsmøte 5. mai 2034";
const RENAMED = "Rådsmøte 5. mai 2034 (ekstraordinært)";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const open = (page: Page, path: string) => page.goto(new URL(path, baseUrl()).toString());

describe("recording a meeting with the keyboard", () => {
  it("creates, edits past a conflict, and adds, edits and removes a case", async () => {
    const page = await signedIn(browser, "sor-osterdal@demo.samspill.no", { returnTo: "/meetings" });
    await page.getByRole("heading", { level: 1, name: "Møter" }).waitFor();
    await page.getByRole("table").waitFor();
    await checkWidths(page, "keyboard-meetings");
    const main = page.getByRole("main");

    // A new meeting, from the folded form.
    await tabThrough(page, [main.locator("summary", { hasText: "Nytt møte" })]);
    await page.keyboard.press("Enter");
    await main.getByLabel("Organ", { exact: true }).waitFor();
    await tabTo(page, main.getByLabel("Organ", { exact: true }));
    await page.keyboard.type("Regionrådet");
    await page.keyboard.press("Tab");
    await page.keyboard.type(TITLE);
    await page.keyboard.press("Tab");
    await page.keyboard.type("05052034");
    await tabTo(page, main.getByLabel("Sted (valgfritt)"));
    await page.keyboard.type("Elverum rådhus");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    const meetingId = new URL(page.url()).pathname.split("/")[2] ?? "";
    await expectNoAxeViolations(page);

    // Editing the meeting in place; meanwhile someone else changes its place.
    const edit = main.getByRole("button", { name: "Endre møtet" });
    await tabThrough(page, [main.getByRole("link", { name: "Alle møter" }), edit]);
    await page.keyboard.press("Enter");
    expect(await hasFocus(main.getByLabel("Organ", { exact: true }))).toBe(true);
    await expectNoAxeViolations(page);
    const current = await trpc<{ version: number }>(page, "query", "meetings.get", { id: meetingId });
    await trpc(page, "mutation", "meetings.update", { id: meetingId, version: current.version, location: "Trysil rådhus" });
    await page.keyboard.press("Tab");
    await page.keyboard.press("Control+A");
    await page.keyboard.type(RENAMED);
    await page.keyboard.press("Enter");
    const conflict = main.getByRole("alert").filter({ hasText: "Noen andre endret dette møtet først." });
    await conflict.waitFor();
    expect(await hasFocus(conflict)).toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/keyboard-meeting-conflict.png", fullPage: true });
    // "Apply my change again": my title on top of their version, which keeps the place I had on screen.
    await tabTo(page, conflict.getByRole("button", { name: "Bruk endringen min på nytt" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: RENAMED }).waitFor();
    expect(await hasFocus(edit)).toBe(true);

    // A case added, edited and removed, each form taking and giving back the focus.
    await tabTo(page, main.locator("summary", { hasText: "Legg til sak" }));
    await page.keyboard.press("Enter");
    await main.getByLabel("Saksnummer").waitFor();
    await tabTo(page, main.getByLabel("Saksnummer"));
    await page.keyboard.type("1/34");
    await page.keyboard.press("Tab");
    await page.keyboard.type("Budsjett 2035");
    await page.keyboard.press("Enter");
    const item = page.getByRole("region", { name: "Budsjett 2035" });
    await item.getByText("Sak 1/34", { exact: true }).waitFor();

    const editItem = item.getByRole("button", { name: "Endre sak 1/34" });
    await tabThrough(page, [editItem]);
    await page.keyboard.press("Enter");
    expect(await hasFocus(item.getByLabel("Saksnummer"))).toBe(true);
    await page.keyboard.press("Tab");
    await page.keyboard.press("Control+A");
    await page.keyboard.type("Budsjett og økonomiplan 2035");
    await expectNoAxeViolations(page);
    await page.keyboard.press("Enter");
    const renamedItem = page.getByRole("region", { name: "Budsjett og økonomiplan 2035" });
    await renamedItem.getByText("Sak 1/34", { exact: true }).waitFor();
    expect(await hasFocus(renamedItem.getByRole("button", { name: "Endre sak 1/34" }))).toBe(true);

    const removeItem = renamedItem.getByRole("button", { name: "Fjern sak 1/34" });
    await tabTo(page, removeItem);
    await page.keyboard.press("Enter");
    const question = renamedItem.getByRole("alertdialog", { name: "Fjern sak 1/34" });
    expect(await hasFocus(question)).toBe(true);
    await expectNoAxeViolations(page);
    await checkWidths(page, "keyboard-meeting-remove-question");
    await page.keyboard.press("Escape");
    await question.waitFor({ state: "detached" });
    expect(await hasFocus(removeItem)).toBe(true);
    await page.keyboard.press("Enter");
    await tabTo(page, question.getByRole("button", { name: "Ja, fjern" }));
    await page.keyboard.press("Enter");
    await renamedItem.waitFor({ state: "detached" });
    await main.getByText("Ingen saker ennå.").waitFor();
    await checkWidths(page, "keyboard-meeting");
    await page.context().close();
  });

  it("keeps a case whose decision adopted a programme, and says why", async () => {
    const page = await signedIn(browser, "sekretariat@demo.samspill.no", { returnTo: "/meetings" });
    await page.getByRole("link", { name: "Rådsmøte 11. mars 2022" }).click();
    await page.getByRole("heading", { level: 1, name: "Rådsmøte 11. mars 2022" }).waitFor();
    const item = page.getByRole("region", { name: "Handlingsprogram 2022–2023 for Hamarregionen IPR" });
    await tabThrough(page, [item.getByRole("button", { name: "Fjern sak 12/22" })]);
    await page.keyboard.press("Enter");
    await tabTo(page, item.getByRole("button", { name: "Ja, fjern" }));
    await page.keyboard.press("Enter");
    await item.getByText("Saken blir stående på sakslisten: vedtaket i den vedtok et handlingsprogram.").waitFor();
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/keyboard-meeting-remove-refused.png", fullPage: true });
    await page.context().close();
  });
});

describe("choosing whose meetings to see", () => {
  it("lets the county pick a council, kept in the address through reload and back", async () => {
    const page = await signedIn(browser, "fylke@demo.samspill.no", { returnTo: "/meetings" });
    await page.getByRole("heading", { level: 1, name: "Møter" }).waitFor();
    const picker = page.getByRole("main").getByLabel("Råd", { exact: true });
    await picker.waitFor();
    await tabThrough(page, [picker]);
    await page.keyboard.type("Hamarregionen");
    await page.waitForURL(/[?&]council=[0-9a-f-]{36}/);
    await page.getByRole("link", { name: "Rådsmøte 11. mars 2022" }).waitFor();
    const chosen = await picker.inputValue();
    await page.reload();
    await page.getByRole("link", { name: "Rådsmøte 11. mars 2022" }).waitFor();
    await expect(picker.inputValue()).resolves.toBe(chosen);
    await expectNoAxeViolations(page);
    await page.goBack();
    await expect.poll(() => picker.inputValue()).not.toBe(chosen);
    await page.context().close();
  });

  it("shows the public every council's published meetings, each with its council", async () => {
    const page = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: NORWEGIAN_BROWSER }).then((context) => context.newPage());
    await open(page, "/meetings?lang=nb");
    await page.getByRole("heading", { level: 1, name: "Møter" }).waitFor();
    const all = page.getByRole("region", { name: "Alle råd" });
    const row = all.getByRole("row").filter({ has: page.getByRole("link", { name: "Rådsmøte 11. mars 2022" }) });
    await row.getByRole("cell", { name: "Hamarregionen interkommunale politiske råd" }).waitFor();
    await expect(page.getByRole("main").getByLabel("Råd", { exact: true }).inputValue()).resolves.toBe("all");
    await expectNoAxeViolations(page);
    await checkWidths(page, "keyboard-meetings-public");
    await page.getByRole("main").getByLabel("Råd", { exact: true }).selectOption({ label: "Sør-Østerdal interkommunale politiske råd (SØIPR)" });
    await page.waitForURL(/[?&]council=/);
    await page.getByRole("region", { name: "Sør-Østerdal interkommunale politiske råd (SØIPR)" }).waitFor();
    expect(new URL(page.url()).searchParams.get("lang")).toBe("nb");
    await page.context().close();
  });
});
