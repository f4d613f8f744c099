import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "../support/browser.js";
import { mainMenu } from "../support/links.js";
import { submitSignIn, SWEDISH } from "../support/session.js";

// Before signing in, the portal speaks the browser's language, with the language choice in
// view; once signed in, the user's own setting rules.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the sign-in page's language", () => {
  it("follows a Swedish browser, then the Norwegian user's own language once signed in", async () => {
    const page = await openPage(browser, "/sign-in", 320, "sv-SE");
    await page.getByRole("heading", { level: 1, name: "Logga in" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("sv");
    // The choice is in view on a phone, set to what the page speaks.
    const choice = page.getByRole("banner").getByLabel("Språk");
    expect(await choice.isVisible()).toBe(true);
    expect(await choice.inputValue()).toBe("sv");
    await page.screenshot({ path: "test-results/navigation-sign-in-sv-320.png", fullPage: true });

    await submitSignIn(page, "stange@demo.samspill.no", undefined, SWEDISH);
    await mainMenu(page).getByRole("link", { name: "Forside" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("nb");
    await page.context().close();
  });

  it("speaks English to a browser that prefers none of the portal's languages", async () => {
    const page = await openPage(browser, "/sign-in", 1280, "de-DE");
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(await page.getAttribute("html", "lang")).toBe("en");
    await page.context().close();
  });
});
