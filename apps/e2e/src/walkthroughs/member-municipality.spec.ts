import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { backHome, signInFromHeader, visitHome } from "../support/person.js";

// PRODUCT.md walkthrough "A member municipality": Stange's contributor and Hamarregionen's
// secretariat, each in a browser of their own, from their home pages. Stange reports its part
// of Regional ladestruktur for T3 2026, finds Hamar's part is not theirs to change and why, gets
// the report back with a comment, fixes and resubmits it, and the secretariat approves it.

const MEASURE = "Regional ladestruktur";
const PROGRAMME = "Handlingsprogram 2022–2023";
const COMMENT = "Oppgi hvor mange nye ladepunkter som er satt i drift i perioden.";
const FIXED = "Ladeplan vedtatt; seks nye ladepunkter i drift ved Stange stasjon og i Tangen.";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("walkthrough: a member municipality", () => {
  it("Stange reports its part, is refused Hamar's with the reason, fixes what the secretariat returned, and it is approved", async () => {
    const { page: stange, shot: stangeShot } = await visitHome(browser, "member-municipality");
    await signInFromHeader(stange, "stange@demo.samspill.no");
    await stange.getByRole("heading", { level: 1, name: "Stange" }).waitFor();

    // Only Stange's own tasks: its part of the shared measure and its local measure.
    const tasks = stange.getByRole("region", { name: "Mine oppgaver" });
    await tasks.getByText("Rapporteringsperiode T3 2026", { exact: false }).waitFor();
    const mine = tasks.getByRole("table", { name: "Dine tiltak og deler for T3 2026" });
    const rows = mine.locator("tbody tr");
    await rows.first().waitFor();
    const titles = await mine.locator("tbody tr td:first-child").allTextContents();
    expect(titles).toEqual(["Regional ladestruktur", "Flere unge i arbeid i Stange"]);
    await expect(mine.getByText("Del av felles tiltak").count()).resolves.toBe(1);
    await stangeShot("stange-home");
    await expectNoAxeViolations(stange);

    // Hamar's part of the same measure, from the programme: read-only, and the page says why.
    await stange.getByRole("main").getByRole("navigation", { name: "Ditt arbeid" }).getByRole("link", { name: PROGRAMME, exact: true }).click();
    await stange.getByRole("heading", { level: 1, name: PROGRAMME }).waitFor();
    await stange.getByRole("main").getByRole("link", { name: MEASURE, exact: true }).first().click();
    await stange.getByRole("heading", { level: 1, name: MEASURE }).waitFor();
    const parts = stange.getByRole("region", { name: "Kommunenes deler" });
    const hamar = parts.getByRole("row").filter({ has: stange.getByRole("rowheader", { name: "Hamar", exact: true }) });
    await hamar.getByText("Bare Hamar kommune og sekretariatet kan endre denne delen.").waitFor();
    await expect(hamar.getByRole("button").count()).resolves.toBe(0);
    await parts.getByRole("button", { name: "Rediger delen til Stange" }).waitFor();
    await stangeShot("hamar-part-refused");
    await expectNoAxeViolations(stange);

    // Back home and into the draft report of Stange's part.
    await backHome(stange);
    await tasks.getByRole("link", { name: `Fortsett rapporten: ${MEASURE}` }).first().click();
    await stange.getByRole("heading", { level: 1, name: `Statusrapport: ${MEASURE}` }).waitFor();
    // A mistake is named at the field and in the summary before anything is sent.
    await stange.getByLabel("Framdrift (prosent)").fill("150");
    await stange.getByRole("button", { name: "Lagre utkast" }).click();
    await stange.getByRole("link", { name: "Framdrift (prosent) må være fra 0 til 100." }).waitFor();
    expect(await stange.getByLabel("Framdrift (prosent)").getAttribute("aria-invalid")).toBe("true");
    await stangeShot("report-mistake");
    await stange.getByLabel("Framdrift (prosent)").fill("50");
    await stange.getByRole("group", { name: "Brukte midler per finansieringskilde (NOK)" }).getByLabel("Kommunal egenandel").fill("42 500,50");
    await stange.getByLabel("Hva er gjort").fill("Ladeplan for kommunale bygg er vedtatt.");
    await stangeShot("report-filled");
    await expectNoAxeViolations(stange);
    await stange.getByRole("button", { name: "Send til godkjenning" }).click();
    await stange.getByText("Rapporten er sendt inn og venter på behandling. Den kan ikke endres nå.").waitFor();

    // The secretariat, in a browser of its own, returns it with a comment.
    const { page: secretariat, shot: secretariatShot } = await visitHome(browser, "member-municipality-secretariat");
    await signInFromHeader(secretariat, "sekretariat@demo.samspill.no");
    await secretariat.getByRole("main").getByRole("navigation", { name: "Ditt arbeid" }).getByRole("link", { name: "Behandle rapporter" }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Rapporter til behandling" }).waitFor();
    await secretariat.getByRole("row").filter({ hasText: "Stange" }).filter({ hasText: MEASURE }).waitFor();
    await secretariatShot("queue");
    await expectNoAxeViolations(secretariat);
    await secretariat.getByRole("button", { name: `Returner: ${MEASURE}, Stange` }).click();
    // Returning asks what must be fixed: not without a comment.
    await secretariat.getByRole("button", { name: "Returner med kommentar" }).click();
    await secretariat.getByText("Skriv en kommentar om hva som må rettes.").waitFor();
    await secretariat.getByLabel("Kommentar til forfatteren").fill(COMMENT);
    await secretariat.getByRole("button", { name: "Returner med kommentar" }).click();
    await secretariat.getByText(`${MEASURE} er returnert til forfatteren.`).waitFor();

    // Stange finds the comment on the home page and with the report, fixes it and sends it again.
    await backHome(stange);
    await tasks.getByText(COMMENT).waitFor();
    await stange.getByRole("link", { name: `Rett rapporten: ${MEASURE}` }).first().click();
    await stange.getByRole("heading", { name: "Rapporten ble returnert" }).waitFor();
    await stange.getByText(`Kommentar fra sekretariatet: ${COMMENT}`).waitFor();
    await stange.getByRole("region", { name: "Kommentarer" }).getByText(COMMENT).waitFor();
    // The report's history: sent in, then returned by the secretariat.
    const history = stange.getByRole("table", { name: "Hva som har skjedd med rapporten, nyeste først" });
    await history.getByRole("row").filter({ hasText: "Kari Nordmann" }).getByText("Returnert").waitFor();
    await history.getByRole("row").filter({ hasText: "Ola Nordmann" }).getByText("Sendt inn").waitFor();
    await stangeShot("report-returned");
    await expectNoAxeViolations(stange);
    await stange.getByLabel("Hva er gjort").fill(FIXED);
    await stange.getByRole("button", { name: "Send til godkjenning" }).click();
    await stange.getByText("Rapporten er sendt inn og venter på behandling. Den kan ikke endres nå.").waitFor();

    // The secretariat opens it from the queue, reads the fix and approves it.
    await secretariat.getByRole("banner").getByRole("link", { name: "Rapporteringsoversikt" }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Rapporteringsoversikt" }).waitFor();
    await secretariat.getByRole("banner").getByRole("link", { name: "Behandle rapporter" }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Rapporter til behandling" }).waitFor();
    await secretariat.getByRole("row").filter({ hasText: "Stange" }).getByRole("link", { name: MEASURE }).click();
    await secretariat.getByRole("heading", { level: 1, name: `Statusrapport: ${MEASURE}` }).waitFor();
    await secretariat.getByText(FIXED).first().waitFor();
    await secretariatShot("review");
    await expectNoAxeViolations(secretariat);
    await secretariat.getByRole("button", { name: "Godkjenn" }).click();
    await secretariat.getByText(`${MEASURE} er godkjent.`).waitFor();
    await secretariat.getByText("Rapporten er godkjent og låst.").waitFor();
    await secretariat.getByRole("banner").getByRole("link", { name: "Rapporteringsoversikt" }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Rapporteringsoversikt" }).waitFor();
    await secretariat.getByRole("row").filter({ hasText: "Stange" }).filter({ hasText: MEASURE }).getByText("Godkjent").waitFor();
    await secretariatShot("overview");
    await expectNoAxeViolations(secretariat);

    // Stange's home: the report approved, nothing left to fix.
    await backHome(stange);
    await tasks.getByText("Ingen rapporter er returnert til deg.").waitFor();
    await mine.getByRole("row").filter({ hasText: MEASURE }).getByText("Godkjent").waitFor();
    await stangeShot("stange-approved");
    await mine.getByRole("row").filter({ hasText: MEASURE }).getByRole("link", { name: /Regional ladestruktur$/ }).last().click();
    await stange.getByText("Rapporten er godkjent og låst.").waitFor();
    await expect(stange.getByRole("button", { name: "Send til godkjenning" }).count()).resolves.toBe(0);
    await secretariat.context().close();
    await stange.context().close();
  });
});
