import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser, openPage } from "../support/browser.js";
import { follow, workLinks } from "../support/links.js";
import { submitSignIn } from "../support/session.js";

// Hamarregionen's secretariat writes next period's programme from the current one: from the
// home page by links only, it copies Handlingsprogram 2022–2023 forward to 2024–2025 and finds
// the focus areas and the unfinished measures in the new draft, the finished ones left behind.

const SOURCE = "Handlingsprogram 2022–2023";
const NEXT = "Handlingsprogram 2024–2025";
const UNFINISHED = "Løfte regionens samferdselsbehov";
const COMPLETED = "Felles møter med LO og NHO";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: `test-results/copy-forward-${name}.png`, fullPage: true });

describe("copying a programme forward to the next period", () => {
  it("starts Handlingsprogram 2024–2025 from 2022–2023 with its structure and unfinished measures", async () => {
    const page = await openPage(browser, "/");
    await page.getByRole("banner").getByRole("link", { name: "Logg inn" }).click();
    await submitSignIn(page, "sekretariat@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: "Dashbord for rådet" }).waitFor();
    await follow(page, workLinks(page).getByRole("link", { name: SOURCE }).first(), SOURCE);
    const sourcePath = new URL(page.url()).pathname;

    const actions = page.getByRole("navigation", { name: "Versjoner og rullering" });
    await follow(page, actions.getByRole("link", { name: "Start neste periodes program" }), "Start neste periodes program");
    const main = page.getByRole("main");
    // The next period is suggested: the day after this one ends, as long, the title's years moved on.
    expect(await page.locator("#copy-forward-title").inputValue()).toBe(NEXT);
    expect(await page.locator("#copy-forward-periodStart").inputValue()).toBe("2024-01-01");
    expect(await page.locator("#copy-forward-periodEnd").inputValue()).toBe("2025-12-31");
    await expectNoAxeViolations(page);
    await shot(page, "form");

    // A period overlapping the current one is refused on its field, and nothing is created.
    await page.locator("#copy-forward-periodStart").fill("2023-06-01");
    await main.getByRole("button", { name: "Lag utkast" }).click();
    await main.getByText("Rett opp dette:").waitFor();
    expect(await page.locator("#copy-forward-periodStart").getAttribute("aria-invalid")).toBe("true");
    await main.getByRole("link", { name: /^Periodestart: må være etter 31\.12\.2023/ }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, "refused");
    expect(new URL(page.url()).pathname).toBe(`${sourcePath}/copy-forward`);

    await page.locator("#copy-forward-periodStart").fill("2024-01-01");
    await main.getByRole("button", { name: "Lag utkast" }).click();
    await page.getByRole("heading", { level: 1, name: NEXT }).waitFor();
    expect(new URL(page.url()).pathname).not.toBe(sourcePath);
    const notice = main.getByRole("status").filter({ hasText: "Neste periodes program er startet" });
    expect(await notice.innerText()).toMatch(/Kopiert: 4 satsingsområder med 15 undertemaer, 8 mål og \d+ tiltak som ikke er ferdige\./);
    await main.getByText("Utkast", { exact: true }).first().waitFor();

    // The focus areas in their order, an unfinished measure, and not a finished one.
    const areas = await main.getByRole("heading", { level: 2 }).allTextContents();
    const order = ["Befolkningsvekst", "Kompetanse og næringsutvikling", "Profilering og markedsføring", "Diskusjonsarena"];
    expect(areas.filter((text) => order.includes(text))).toEqual(order);
    await main.getByRole("link", { name: UNFINISHED, exact: true }).first().waitFor();
    expect(await main.getByRole("link", { name: COMPLETED, exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/copy-forward-notice.png" });
    await shot(page, "draft");

    // The measure opens from the draft, as any other.
    await follow(page, main.getByRole("link", { name: UNFINISHED, exact: true }).first(), UNFINISHED);
    await page.goBack();
    await page.getByRole("heading", { level: 1, name: NEXT }).waitFor();

    // Adopting it on the date of the council's November meeting offers that meeting, and as a new
    // programme (not a revision) it supersedes nothing.
    await follow(page, actions.getByRole("link", { name: "Vedta denne versjonen" }), "Vedta versjon 1");
    expect(await main.innerText()).not.toContain("Forrige versjon blir erstattet.");
    await page.getByLabel("Møtedato").fill("2023-11-24");
    const inMeeting = main.getByRole("radio", { name: "I Rådsmøte 24. november 2023" });
    await inMeeting.waitFor();
    expect(await inMeeting.isChecked()).toBe(true);
    expect(await page.locator("#adopt-body").count()).toBe(0);
    await expectNoAxeViolations(page);
    await shot(page, "adopt");
    await page.getByLabel("Saksnummer").fill("35/23");
    await page.getByLabel("Vedtakstekst").fill(`Regionrådet vedtar ${NEXT}.`);
    await main.getByRole("button", { name: "Registrer vedtak og vedta" }).click();
    await page.getByRole("heading", { level: 1, name: "Versjoner" }).waitFor();
    const versionsText = await main.innerText();
    expect(versionsText).toContain("Versjonen er vedtatt.");
    expect(versionsText).not.toContain("Forrige versjon er nå erstattet.");
    await page.context().close();
  });
});
