import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser, openPage } from "../support/browser.js";
import { DEMO_PASSWORD as PASSWORD, submitSignIn as signIn } from "../support/session.js";
const SECRETARIAT = { email: "sekretariat@demo.samspill.no", name: "Kari Nordmann", organisation: "Hamarregionen interkommunale politiske råd" };
const VIMMERBY = { email: "vimmerby@demo.samspill.no", name: "Anna Svensson" };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const header = (page: Page) => page.getByRole("banner");

describe("signing in and out", () => {
  it("signs the secretariat in, back to where they came from, and out again", async () => {
    const page = await openPage(browser, "/");
    await header(page).getByRole("link", { name: "Logg inn" }).click();
    await page.getByRole("heading", { level: 1, name: "Logg inn" }).waitFor();
    await page.screenshot({ path: "test-results/sign-in-nb.png" });
    await expectNoAxeViolations(page);

    await signIn(page, SECRETARIAT.email, PASSWORD);
    await header(page).getByText(SECRETARIAT.name).waitFor();
    await expect(header(page).getByText(SECRETARIAT.organisation).isVisible()).resolves.toBe(true);
    expect(new URL(page.url()).pathname).toBe("/");
    const cookies = await page.context().cookies();
    expect(cookies.find((cookie) => cookie.name === "samspill_session")?.httpOnly).toBe(true);

    await header(page).getByRole("button", { name: "Logg ut" }).click();
    await header(page).getByRole("link", { name: "Logg inn" }).waitFor();
    await expect(header(page).getByText(SECRETARIAT.name).count()).resolves.toBe(0);
    expect(new URL(page.url()).pathname).toBe("/");
    await page.close();
  });

  it("shows a wrong password at the field and at the top without leaving the page", async () => {
    const page = await openPage(browser, "/sign-in?returnTo=%2F");
    await signIn(page, SECRETARIAT.email, "not-the-password");
    const alert = page.getByRole("alert");
    await alert.getByText("E-postadressen eller passordet er feil.").waitFor();
    expect(new URL(page.url()).pathname).toBe("/sign-in");
    const password = page.getByLabel("Passord");
    expect(await password.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await password.getAttribute("aria-describedby")) ?? "";
    const message = await page.locator(`[id="${describedBy.split(" ")[0]}"]`).textContent();
    expect(message).toBe("E-postadressen eller passordet er feil.");
    await expect(header(page).getByRole("link", { name: "Logg inn" }).isVisible()).resolves.toBe(true);
    await page.close();
  });

  it("never follows a returnTo to another site", async () => {
    const page = await openPage(browser, "/sign-in?returnTo=%2F%2Fevil.example%2F");
    await signIn(page, SECRETARIAT.email, PASSWORD);
    await header(page).getByText(SECRETARIAT.name).waitFor();
    expect(new URL(page.url()).host).toBe(new URL(await page.evaluate(() => window.location.origin)).host);
    expect(new URL(page.url()).pathname).toBe("/");
    await page.close();
  });

  it("after a session ended, explains why and returns to the page the reader was on", async () => {
    const home = await openPage(browser, "/");
    const programmeLink = home.getByRole("link", { name: /Handlingsprogram 2022–2023/ }).first();
    const programmePath = (await programmeLink.getAttribute("href")) ?? "";
    await home.close();
    expect(programmePath).toMatch(/^\/programmes\//);

    // Where the app sends a reader whose session ended (see session-end.ts).
    const page = await openPage(browser, `/sign-in?returnTo=${encodeURIComponent(programmePath)}&reason=session_ended`);
    await page.getByText("Økten din er avsluttet. Logg inn igjen for å fortsette der du var.").waitFor();
    await signIn(page, SECRETARIAT.email, PASSWORD);
    await page.getByRole("heading", { level: 1, name: "Handlingsprogram 2022–2023" }).waitFor();
    expect(new URL(page.url()).pathname).toBe(programmePath);
    await header(page).getByText(SECRETARIAT.name).waitFor();
    await page.close();
  });

  it("gives the Vimmerby user a Swedish interface after signing in", async () => {
    const page = await openPage(browser, "/sign-in");
    expect(await page.getAttribute("html", "lang")).toBe("nb");
    await signIn(page, VIMMERBY.email, PASSWORD);
    await header(page).getByText(VIMMERBY.name).waitFor();
    await page.waitForFunction(() => document.documentElement.lang === "sv");
    await header(page).getByRole("button", { name: "Logga ut" }).waitFor();
    // Signed in, the front page is the secretariat's dashboard, in Swedish.
    await page.getByRole("heading", { level: 1, name: "Översikt" }).waitFor();
    await page.close();
  });
});
