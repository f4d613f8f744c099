import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { focusStop, hasFocus, tabThrough, tabTo } from "../support/keyboard.js";
import { signedIn } from "../support/session.js";
import { checkWidths } from "../support/widths.js";

// The admin screens with the keyboard alone and on a 320 px wide screen: filters, the
// organisation page with its in-place forms, and a new user created without a mouse.

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("the admin screens with the keyboard and on a narrow screen", () => {
  it("filters organisations and edits one in place, focus following every step", async () => {
    const page = await signedIn(browser, "admin@demo.samspill.no", { returnTo: "/admin/organisations" });
    await page.getByRole("heading", { level: 1, name: "Organisasjoner" }).waitFor();
    await page.getByRole("table").waitFor();
    await checkWidths(page, "keyboard-admin-organisations");

    const main = page.getByRole("main");
    const search = main.getByRole("search");
    await tabThrough(page, [
      main.getByRole("link", { name: "Organisasjoner", exact: true }),
      search.getByLabel("Søk"),
      search.getByLabel("Type"),
      search.getByLabel("Land"),
      search.getByRole("button", { name: "Søk" }),
      main.getByRole("button", { name: "Ny organisasjon" }),
    ]);
    // The filter, filled in and sent from the keyboard, lands in the address.
    await search.getByLabel("Søk").focus();
    await page.keyboard.type("Hamarregionen");
    await page.keyboard.press("Enter");
    await page.waitForURL(/search=Hamarregionen/);
    const council = main.getByRole("link", { name: /Hamarregionen/ }).first();
    await tabTo(page, council);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: /Hamarregionen/ }).waitFor();
    await expectNoAxeViolations(page);
    await checkWidths(page, "keyboard-admin-organisation");

    // "Endre" opens the form in place with the focus in its first field; "Avbryt" gives it back.
    const edit = main.getByRole("button", { name: "Endre", exact: true });
    await tabThrough(page, [main.getByRole("link", { name: "Alle organisasjoner" }), edit]);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 2, name: "Endre organisasjon" }).waitFor();
    expect(await hasFocus(main.getByLabel("Navn", { exact: true }))).toBe(true);
    await expectNoAxeViolations(page);
    await tabTo(page, main.getByRole("button", { name: "Avbryt" }));
    await page.keyboard.press("Enter");
    await edit.waitFor();
    expect(await hasFocus(edit)).toBe(true);

    // Ending a membership: the date field takes the focus; cancelling returns it to the button.
    const end = main.getByRole("button", { name: "Avslutt medlemskap" }).first();
    await tabTo(page, end);
    await page.keyboard.press("Enter");
    expect((await focusStop(page)).name).toMatch(/^Siste dag som medlem for /);
    await expectNoAxeViolations(page);
    await tabTo(page, main.getByRole("button", { name: "Avbryt" }));
    await page.keyboard.press("Enter");
    expect(await hasFocus(end)).toBe(true);

    // Adding a member without choosing one is refused at the field, sent from the keyboard.
    const add = main.getByRole("button", { name: "Legg til", exact: true });
    await tabTo(page, add);
    await page.keyboard.press("Enter");
    await main.getByText("Kommune må fylles ut.").first().waitFor();
    expect(await main.getByLabel("Kommune", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/keyboard-admin-membership-error.png", fullPage: true });
    await page.context().close();
  });

  it("creates a user and manages them without a mouse", async () => {
    const page = await signedIn(browser, "admin@demo.samspill.no", { returnTo: "/admin/users" });
    await page.getByRole("heading", { level: 1, name: "Brukere" }).waitFor();
    await page.getByRole("table").waitFor();
    await checkWidths(page, "keyboard-admin-users");

    const main = page.getByRole("main");
    const create = main.getByRole("button", { name: "Ny bruker" });
    await tabThrough(page, [
      main.getByRole("search").getByLabel("Søk"),
      main.getByRole("search").getByLabel("Rolle"),
      main.getByRole("search").getByLabel("Status"),
      main.getByRole("search").getByRole("button", { name: "Søk" }),
      create,
      main.getByRole("button", { name: /^Administrer / }).first(),
    ]);
    await create.focus();
    await page.keyboard.press("Enter");
    const form = page.locator("form", { has: page.getByRole("heading", { name: "Ny bruker" }) });
    expect(await hasFocus(form.getByLabel("Navn"))).toBe(true);
    await page.keyboard.type("Tove Tastatur");
    await page.keyboard.press("Tab");
    await page.keyboard.type("tove.tastatur@demo.samspill.no");
    await tabTo(page, form.getByLabel("Finn organisasjon"));
    await page.keyboard.type("Elverum");
    // The search narrows the choices on the server; wait for the narrowed list.
    await expect.poll(() => form.getByLabel("Organisasjon", { exact: true }).locator("option").count()).toBeLessThan(4);
    await form.getByRole("option", { name: "Elverum (3420)" }).waitFor({ state: "attached" });
    await page.keyboard.press("Tab");
    expect(await hasFocus(form.getByLabel("Organisasjon", { exact: true }))).toBe(true);
    // A closed select changes its choice with the arrow keys.
    await page.keyboard.press("ArrowDown");
    await expect(form.getByLabel("Organisasjon", { exact: true }).evaluate((select: HTMLSelectElement) => select.selectedOptions[0]?.text))
      .resolves.toBe("Elverum (3420)");
    // Typing picks an option by its first letters.
    await tabTo(page, form.getByLabel("Rolle"));
    await page.keyboard.type("Kommunal");
    await expect(form.getByLabel("Rolle").inputValue()).resolves.toBe("municipality_contributor");
    await expectNoAxeViolations(page);
    await tabTo(page, form.getByRole("button", { name: "Lagre" }));
    await page.keyboard.press("Enter");
    await page.getByText("Brukeren Tove Tastatur er opprettet.", { exact: false }).waitFor();
    // The new user's panel has the focus, on its heading.
    const panelHeading = page.getByRole("heading", { level: 2, name: "Administrer Tove Tastatur" });
    await panelHeading.waitFor();
    expect(await hasFocus(panelHeading)).toBe(true);

    // Ending the user's sessions asks first; the question takes the focus and Escape cancels it.
    const endSessions = main.getByRole("button", { name: "Avslutt brukerens økter" });
    await tabTo(page, endSessions);
    await page.keyboard.press("Enter");
    const question = main.getByRole("alertdialog", { name: "Avslutt brukerens økter" });
    await question.waitFor();
    expect(await hasFocus(question)).toBe(true);
    await expectNoAxeViolations(page);
    await page.screenshot({ path: "test-results/keyboard-admin-end-sessions.png", fullPage: true });
    await page.keyboard.press("Escape");
    await question.waitFor({ state: "detached" });
    expect(await hasFocus(endSessions)).toBe(true);

    // Closing the panel returns the focus to the button that opened it.
    await tabTo(page, main.getByRole("button", { name: "Lukk" }));
    await page.keyboard.press("Enter");
    await panelHeading.waitFor({ state: "detached" });
    expect((await focusStop(page)).name).toBe("Administrer Tove Tastatur");
    await checkWidths(page, "keyboard-admin-user-created");
    await page.context().close();
  });
});
