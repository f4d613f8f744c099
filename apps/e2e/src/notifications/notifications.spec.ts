import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { hasFocus, tabTo } from "../support/keyboard.js";
import { signedIn } from "../support/session.js";
import { checkWidths } from "../support/widths.js";

// Notices end to end: the secretariat of Sør-Østerdal returns Elverum's report, and the admin
// reads the notice to Elverum in the outbox (the e2e portal has no SMTP server, so it is kept
// there, not sent). Then a user's own notice settings, and the council's reminder lead time.

const MEASURE = "Helse- og beredskapshovedstaden (Elverum+)";
const COMMENT = "Skriv hvor mange bedrifter som er kontaktet i 2025, og hva som er neste steg.";
const SUBJECT = `Rapporten din om ${MEASURE} er returnert`;

let browser: Browser;

/** Signs out and closes the context, so no session is left open for other specs to count. */
async function signOut(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: "Logg ut" }).click();
  await page.getByRole("banner").getByRole("link", { name: "Logg inn" }).waitFor();
  await page.context().close();
}
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("notices", () => {
  it("writes a notice when the secretariat returns a report, which the admin reads in the outbox", async () => {
    const secretariat = await signedIn(browser, "sor-osterdal@demo.samspill.no", { returnTo: "/reports/queue" });
    await secretariat.getByRole("heading", { level: 1, name: "Rapporter til behandling" }).waitFor();
    await secretariat.getByRole("button", { name: `Returner: ${MEASURE}, Elverum` }).click();
    await secretariat.getByLabel("Kommentar til forfatteren").fill(COMMENT);
    await secretariat.getByRole("button", { name: "Returner med kommentar" }).click();
    await secretariat.getByText(`${MEASURE} er returnert til forfatteren.`).waitFor();
    await signOut(secretariat);

    const admin = await signedIn(browser, "admin@demo.samspill.no", { returnTo: "/admin/users" });
    await admin.getByRole("main").getByRole("link", { name: "Utboks" }).click();
    await admin.getByRole("heading", { level: 1, name: "Utboks" }).waitFor();
    const row = admin.getByRole("row").filter({ hasText: "elverum@demo.samspill.no" }).filter({ hasText: SUBJECT });
    await row.waitFor();
    expect(await row.getByRole("cell").nth(2).textContent()).toBe("Rapport returnert");
    // Not sent: waiting for the sending job, or kept here because there is no SMTP server.
    expect(await row.getByRole("cell").nth(4).textContent()).toMatch(/^(Venter på sending|Ikke sendt \(ingen SMTP-server\))$/);
    await expectNoAxeViolations(admin);
    await checkWidths(admin, "notifications-outbox");

    const open = row.getByRole("link", { name: `Les e-posten: ${SUBJECT}` });
    await tabTo(admin, open);
    await admin.keyboard.press("Enter");
    await admin.getByRole("heading", { level: 1, name: SUBJECT }).waitFor();
    const body = admin.locator("pre.outbox-body");
    expect(await body.textContent()).toContain(`> ${COMMENT}`);
    expect(await body.textContent()).toContain("Hei Lise Haugen,");
    expect(await admin.getByRole("definition").first().textContent()).toBe("elverum@demo.samspill.no");
    await expectNoAxeViolations(admin);
    await checkWidths(admin, "notifications-outbox-message");
    await signOut(admin);
  });

  it("lets a user turn a kind of e-mail off on their own settings page, from the user menu", async () => {
    const page = await signedIn(browser, "elverum@demo.samspill.no");
    await page.getByRole("banner").getByRole("link", { name: "Varslingsinnstillinger" }).click();
    await page.getByRole("heading", { level: 1, name: "Varslingsinnstillinger" }).waitFor();
    const reminders = page.getByRole("checkbox", { name: "Påminnelser før rapporteringsfrister" });
    expect(await reminders.isChecked()).toBe(true);
    // The weekly digest is the secretariat's; a contributor is not offered it.
    expect(await page.getByRole("checkbox", { name: "En ukentlig oppsummering av rapporteringen" }).count()).toBe(0);
    await expectNoAxeViolations(page);
    await checkWidths(page, "notifications-settings");

    await tabTo(page, reminders);
    await page.keyboard.press("Space");
    const save = page.getByRole("button", { name: "Lagre innstillingene" });
    await tabTo(page, save);
    await page.keyboard.press("Enter");
    await page.getByText("Varslingsinnstillingene dine er lagret.").waitFor();
    expect(await hasFocus(save)).toBe(true);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Varslingsinnstillinger" }).waitFor();
    expect(await page.getByRole("checkbox", { name: "Påminnelser før rapporteringsfrister" }).isChecked()).toBe(false);
    expect(await page.getByRole("checkbox", { name: "Kommentarer til tiltakene og rapportene mine" }).isChecked()).toBe(true);
    await signOut(page);
  });

  it("lets the secretariat set how many days before a deadline reminders go out", async () => {
    const hamarregionen = await signedIn(browser, "sekretariat@demo.samspill.no");
    const setting = hamarregionen.getByRole("region", { name: "Påminnelser" });
    // The demo council reminds two weeks ahead.
    expect(await setting.getByLabel("Dager før fristen").inputValue()).toBe("14");
    await signOut(hamarregionen);

    const page = await signedIn(browser, "gardermoregionen@demo.samspill.no");
    const region = page.getByRole("region", { name: "Påminnelser" });
    const days = region.getByLabel("Dager før fristen");
    expect(await days.inputValue()).toBe("7");
    await days.fill("0");
    await region.getByRole("button", { name: "Lagre" }).click();
    await region.getByText("Skriv et helt tall fra 1 til 60.").waitFor();
    expect(await days.getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);
    await days.fill("10");
    await region.getByRole("button", { name: "Lagre" }).click();
    await region.getByText("Lagret. Påminnelser sendes 10 dager før fristen.").waitFor();
    expect(await days.getAttribute("aria-invalid")).toBeNull();
    await checkWidths(page, "notifications-reminder-days");
    await page.setViewportSize({ width: 320, height: 900 });
    await region.screenshot({ path: "test-results/notifications-reminder-days-section-320.png" });
    await page.reload();
    expect(await page.getByRole("region", { name: "Påminnelser" }).getByLabel("Dager før fristen").inputValue()).toBe("10");
    await signOut(page);
  });
});
