import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { baseUrl, launchBrowser, NORWEGIAN_BROWSER } from "../support/browser.js";
import { follow, home, mainMenu } from "../support/links.js";
import { signedIn, submitSignIn, SWEDISH } from "../support/session.js";
import { expectFitsWidth, NARROW } from "../support/widths.js";

// Innlandet's county official writes down a new partnership agreement with Hamarregionen, from
// the home page by links only: the agreement, a partner, an obligation fulfilled by one of the
// council's measures, a funding commitment and a reporting requirement; the list's committed sum
// is the county dashboard's. Hamarregionen's secretariat then reads it, without edit controls.

const TITLE = "Partnerskapsavtale Innlandet og Hamarregionen 2027–2030";
const OBLIGATION = "Følge opp ladeinfrastrukturen i regionen";
const HAMAR = "Hamarregionen interkommunale politiske råd";
const HOME = "Dashbord for fylket";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: `screenshots/county-agreement-${name}.png`, fullPage: true });
const section = (page: Page, name: string) => page.getByRole("main").getByRole("region", { name, exact: true });

/** Chooses the option of a select whose text starts with `start`. */
async function choose(select: Locator, start: string): Promise<void> {
  const labels = await select.locator("option").allTextContents();
  const label = labels.find((text) => text.startsWith(start));
  expect(label, `no option starting with ${start} among ${labels.join(" | ")}`).toBeTruthy();
  await select.selectOption({ label: label ?? "" });
}

/** The first choice of a select whose text matches (after "Velg …"), once the choices have come. */
async function chooseFirst(select: Locator, match: RegExp = /./): Promise<string> {
  await expect.poll(() => select.locator("option").count()).toBeGreaterThan(1);
  const labels = (await select.locator("option").allTextContents()).slice(1);
  const label = labels.find((text) => match.test(text)) ?? "";
  expect(label, `no option like ${String(match)}`).not.toBe("");
  await select.selectOption({ label });
  return label;
}

describe("a county official's new partnership agreement", () => {
  it("is written down from the home page by links only and adds up as the county dashboard does", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: NORWEGIAN_BROWSER });
    const page = await context.newPage();
    await page.goto(new URL("/?lang=nb", baseUrl()).toString());
    await page.getByRole("banner").getByRole("link", { name: "Logg inn" }).click();
    await submitSignIn(page, "fylke@demo.samspill.no");
    await page.getByRole("heading", { level: 1, name: HOME }).waitFor();

    await follow(page, mainMenu(page).getByRole("link", { name: "Avtaler", exact: true }), "Partnerskapsavtaler");
    const main = page.getByRole("main");
    await main.getByRole("button", { name: "Ny avtale" }).click();
    const form = main.getByRole("form", { name: "Ny partnerskapsavtale" });
    // Sent empty: every missing field is named, in the summary and at the field.
    await form.getByRole("button", { name: "Opprett avtalen" }).click();
    const summary = form.getByRole("link", { name: "Tittel må fylles ut." });
    await summary.waitFor();
    await form.getByRole("link", { name: "Regionråd eller kommune må fylles ut." }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, "new-refused");

    await form.getByLabel("Tittel").fill(TITLE);
    await choose(form.getByLabel("Regionråd eller kommune"), HAMAR);
    await form.getByLabel("Startdato").fill("2027-01-01");
    await form.getByLabel("Sluttdato").fill("2026-12-31");
    await form.getByRole("button", { name: "Opprett avtalen" }).click();
    await form.getByRole("link", { name: "Sluttdato må være samme dag som eller etter startdato." }).waitFor();
    // What was typed is still there.
    expect(await form.getByLabel("Tittel").inputValue()).toBe(TITLE);
    await form.getByLabel("Sluttdato").fill("2030-12-31");
    await form.getByLabel("Saksnummer").fill("26/01234");
    await form.getByRole("button", { name: "Opprett avtalen" }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();

    // A partner joins, with who signed for it.
    await section(page, "Parter").getByRole("button", { name: "Legg til part" }).click();
    const partyForm = main.getByRole("form", { name: "Legg til en part" });
    const partner = (await chooseFirst(partyForm.getByLabel("Organisasjon"), /\(Samarbeidspartner\)$/)).replace(/ \(.*\)$/, "");
    await partyForm.getByLabel("Signert av", { exact: true }).fill("Kari Eksempel");
    await partyForm.getByRole("button", { name: "Legg til part" }).click();
    await main.getByText("Parten er lagt til.").waitFor();
    await section(page, "Parter").getByRole("rowheader", { name: new RegExp(partner) }).waitFor();

    // An obligation of the council, fulfilled by one of its measures.
    await section(page, "Forpliktelser").getByRole("button", { name: "Legg til forpliktelse" }).click();
    const obligationForm = main.getByRole("form", { name: "Legg til en forpliktelse" });
    await obligationForm.getByLabel("Forpliktelse").fill(OBLIGATION);
    expect(await obligationForm.getByLabel("Forpliktet part").locator("option:checked").textContent()).toBe(HAMAR);
    await obligationForm.getByRole("button", { name: "Legg til forpliktelse" }).click();
    await main.getByText("Forpliktelsen er lagt til.").waitFor();
    const obligation = section(page, "Forpliktelser").getByRole("region", { name: OBLIGATION });
    await obligation.getByRole("button", { name: `Koble et tiltak til ${OBLIGATION}` }).click();
    const linkForm = main.getByRole("form", { name: `Et tiltak som oppfyller ${OBLIGATION}` });
    const measure = (await chooseFirst(linkForm.getByLabel("Tiltak"))).split(" – ")[0] ?? "";
    await linkForm.getByRole("button", { name: "Koble tiltaket" }).click();
    await main.getByText(`Tiltaket er koblet til ${OBLIGATION}.`).waitFor();
    await obligation.getByRole("link", { name: measure }).waitFor();

    // 1 500 000 kroner committed for 2027, and the annual report due in March 2028.
    await section(page, "Finansiering per år").getByRole("button", { name: "Gi finansieringstilsagn" }).click();
    const fundingForm = main.getByRole("form", { name: "Finansieringstilsagn for et år" });
    expect(await fundingForm.getByLabel("År").inputValue()).toBe("2027");
    await fundingForm.getByLabel("Beløp (NOK)").fill("1 500 000");
    await fundingForm.getByRole("button", { name: "Gi tilsagn" }).click();
    await main.getByText("Finansieringstilsagnet er registrert.").waitFor();
    await section(page, "Finansiering per år").getByRole("rowheader", { name: "Sum for avtalen" }).waitFor();

    await section(page, "Rapporteringskrav").getByRole("button", { name: "Legg til rapporteringskrav" }).click();
    const requirementForm = main.getByRole("form", { name: "Legg til et rapporteringskrav" });
    await requirementForm.getByLabel("Krav").fill("Årsrapport 2027");
    await requirementForm.getByLabel("Frist").fill("2028-03-01");
    await requirementForm.getByRole("button", { name: "Legg til krav" }).click();
    await main.getByText("Rapporteringskravet er lagt til.").waitFor();
    await section(page, "Rapporteringskrav").getByRole("rowheader", { name: /Årsrapport 2027/ }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, "agreement");
    // On a phone the edit controls fit and the tables scroll in their own boxes.
    await page.setViewportSize({ width: NARROW, height: 900 });
    await expectFitsWidth(page);
    await section(page, "Parter").first().screenshot({ path: "screenshots/county-agreement-parties-320.png" });
    await section(page, "Forpliktelser").first().screenshot({ path: "screenshots/county-agreement-obligations-320.png" });
    await page.setViewportSize({ width: 1280, height: 900 });

    // The list's committed sum is the county dashboard's for the same agreement.
    await follow(page, mainMenu(page).getByRole("link", { name: "Avtaler", exact: true }), "Partnerskapsavtaler");
    const listRow = main.getByRole("row").filter({ has: page.getByRole("link", { name: TITLE }) });
    // The list may show what it held before the commitment while it asks again; its answer has the sum.
    const committedCell = listRow.getByRole("cell").last();
    await committedCell.getByText(/kr/).waitFor();
    const listed = (await committedCell.textContent())?.trim();
    expect(listed?.replace(/\s/g, "")).toBe("1500000kr");
    await expectNoAxeViolations(page);
    await shot(page, "list");
    await home(page, "Forside", HOME);
    const dashboardRow = section(page, "Midler per avtale").getByRole("row").filter({ has: page.getByRole("link", { name: TITLE }) });
    await dashboardRow.waitFor();
    expect((await dashboardRow.getByRole("cell").first().textContent())?.trim()).toBe(listed);
    await context.close();

    // Hamarregionen's secretariat reads the agreement: no edit controls, and the reason why.
    const secretariat = await signedIn(browser, "sekretariat@demo.samspill.no");
    await follow(secretariat, mainMenu(secretariat).getByRole("link", { name: "Avtaler", exact: true }), "Partnerskapsavtaler");
    const own = secretariat.getByRole("main");
    expect(await own.getByRole("button", { name: "Ny avtale" }).count()).toBe(0);
    await follow(secretariat, own.getByRole("link", { name: TITLE }), TITLE);
    await own.getByText("Bare Innlandet fylkeskommune kan endre denne avtalen; du kan lese den.").waitFor();
    await section(secretariat, "Forpliktelser").getByRole("link", { name: measure }).waitFor();
    for (const control of ["Rediger avtalen", "Legg til part", "Legg til forpliktelse", "Gi finansieringstilsagn", "Legg til rapporteringskrav", "Registrer dialogmøte"]) {
      expect(await own.getByRole("button", { name: control }).count(), control).toBe(0);
    }
    expect(await own.getByRole("button", { name: /^(Rediger|Fjern|Koble)/ }).count()).toBe(0);
    expect(await own.getByRole("form").count()).toBe(0);
    await expectNoAxeViolations(secretariat);
    await shot(secretariat, "secretariat");
    await secretariat.context().close();
  });

  it("is written in Swedish for Region Kalmar län, in kronor", async () => {
    const page = await signedIn(browser, "kalmar@demo.samspill.no", { lang: null, locale: "sv-SE", labels: SWEDISH, signOut: "Logga ut" });
    await page.getByRole("heading", { level: 1, name: "Översikt för regionen" }).waitFor();
    await follow(page, mainMenu(page, "Huvudmeny").getByRole("link", { name: "Avtal", exact: true }), "Partnerskapsavtal");
    const main = page.getByRole("main");
    await main.getByRole("button", { name: "Nytt avtal" }).click();
    const form = main.getByRole("form", { name: "Nytt partnerskapsavtal" });
    await form.getByLabel("Titel").fill("Partnerskapsavtal Region Kalmar län och Vimmerby kommun 2027–2028");
    await choose(form.getByLabel("Kommunalförbund eller kommun"), "Vimmerby");
    await form.getByLabel("Startdatum").fill("2027-01-01");
    await form.getByLabel("Slutdatum").fill("2028-12-31");
    await form.getByRole("button", { name: "Skapa avtalet" }).click();
    await page.getByRole("heading", { level: 1, name: "Partnerskapsavtal Region Kalmar län och Vimmerby kommun 2027–2028" }).waitFor();
    await main.getByRole("button", { name: "Lägg till finansieringsåtagande" }).click();
    const funding = main.getByRole("form", { name: "Finansieringsåtagande för ett år" });
    await funding.getByLabel("Belopp (SEK)").fill("250 000");
    await funding.getByRole("button", { name: "Lägg till åtagande" }).click();
    await main.getByText("Finansieringsåtagandet är registrerat.").waitFor();
    await section(page, "Finansiering per år").getByRole("rowheader", { name: "Summa för avtalet" }).waitFor();
    await expectNoAxeViolations(page);
    await shot(page, "kalmar");
    await page.context().close();
  });
});
