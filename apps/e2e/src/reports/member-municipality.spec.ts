import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser } from "../support/browser.js";
import { expectNoAxeViolations } from "../support/axe.js";
import { signedIn as signedInAs } from "../support/session.js";

// PRODUCT.md's member municipality walkthrough: Stange reports its part of Regional ladestruktur
// for T3 2026, the secretariat returns it with a comment, Stange fixes it, the secretariat approves.

const MEASURE = "Regional ladestruktur";
const COMMENT = "Oppgi hvor mange nye ladepunkter som er satt i drift i perioden.";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Each user in a browser context of their own, signed in. */
const signedIn = (email: string): Promise<Page> => signedInAs(browser, email);

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `test-results/reports-${name}.png`, fullPage: true });
}

describe("member municipality reporting", () => {
  it("Stange reports, the secretariat returns it, Stange fixes it, the secretariat approves, and it is locked", async () => {
    // Stange sees its own tasks only, with the draft of the current period due.
    const stange = await signedIn("stange@demo.samspill.no");
    const tasks = stange.getByRole("region", { name: "Mine oppgaver" });
    await tasks.getByText("Rapporteringsperiode T3 2026", { exact: false }).waitFor();
    await tasks.getByRole("table").waitFor();
    await shot(stange, "my-tasks");
    await expectNoAxeViolations(stange);

    const overview = await stange.context().newPage();
    await overview.goto(new URL("/reports/overview", stange.url()).toString());
    await overview.getByRole("table").waitFor();
    const reporters = await overview.getByRole("table").locator("tbody tr td:nth-child(2)").allTextContents();
    expect(reporters.length).toBeGreaterThan(0);
    expect(new Set(reporters)).toEqual(new Set(["Stange"]));
    await overview.close();

    // Opening the draft: a mistake is shown at the field and in the summary.
    // The task list and the table of all tasks both lead to the report; the list comes first.
    await tasks.getByRole("link", { name: `Fortsett rapporten: ${MEASURE}` }).first().click();
    await stange.getByRole("heading", { level: 1, name: `Statusrapport: ${MEASURE}` }).waitFor();
    await expectNoAxeViolations(stange);
    const progress = stange.getByLabel("Framdrift (prosent)");
    await progress.fill("150");
    await stange.getByRole("button", { name: "Lagre utkast" }).click();
    await stange.getByRole("link", { name: "Framdrift (prosent) må være fra 0 til 100." }).waitFor();
    expect(await progress.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await progress.getAttribute("aria-describedby")) ?? "";
    const messages = await Promise.all(describedBy.split(" ").map((id) => stange.locator(`[id="${id}"]`).textContent()));
    expect(messages).toContain("Framdrift (prosent) må være fra 0 til 100.");
    await shot(stange, "form-errors");
    await expectNoAxeViolations(stange);

    await progress.fill("50");
    // Spending by funding source: the measure's budget offers the municipality's own contribution.
    await stange.getByRole("group", { name: "Brukte midler per finansieringskilde (NOK)" }).getByLabel("Kommunal egenandel").fill("42 500,50");
    await stange.getByLabel("Hva er gjort").fill("Ladeplan for kommunale bygg er vedtatt.");
    await stange.getByRole("button", { name: "Send til godkjenning" }).click();
    await stange.getByText("Rapporten er sendt inn og venter på behandling. Den kan ikke endres nå.").waitFor();
    await expect(stange.getByRole("button", { name: "Lagre utkast" }).count()).resolves.toBe(0);
    await shot(stange, "submitted");

    // The secretariat, in a browser of its own, returns it without a comment first, then with one.
    const secretariat = await signedIn("sekretariat@demo.samspill.no");
    await secretariat.getByRole("banner").getByRole("link", { name: "Behandle rapporter" }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Rapporter til behandling" }).waitFor();
    await secretariat.getByRole("table").waitFor();
    await shot(secretariat, "queue");
    await expectNoAxeViolations(secretariat);
    await secretariat.getByRole("button", { name: `Returner: ${MEASURE}, Stange` }).click();
    await secretariat.getByRole("button", { name: "Returner med kommentar" }).click();
    const comment = secretariat.getByLabel("Kommentar til forfatteren");
    await secretariat.getByText("Skriv en kommentar om hva som må rettes.").waitFor();
    expect(await comment.getAttribute("aria-invalid")).toBe("true");
    await shot(secretariat, "queue-comment-required");
    await expectNoAxeViolations(secretariat);
    await comment.fill(COMMENT);
    await secretariat.getByRole("button", { name: "Returner med kommentar" }).click();
    await secretariat.getByText(`${MEASURE} er returnert til forfatteren.`).waitFor();

    // Stange sees the comment on the home page and on the report, fixes it and sends it again.
    await stange.goto(new URL("/", stange.url()).toString());
    await stange.getByRole("region", { name: "Mine oppgaver" }).getByText(COMMENT).waitFor();
    await stange.getByRole("link", { name: `Rett rapporten: ${MEASURE}` }).first().click();
    await stange.getByRole("heading", { name: "Rapporten ble returnert" }).waitFor();
    // The comment stands with the notice that the report came back, and among the report's comments.
    await stange.getByText(`Kommentar fra sekretariatet: ${COMMENT}`).waitFor();
    await stange.getByRole("region", { name: "Kommentarer" }).getByText(COMMENT).waitFor();
    await shot(stange, "returned");
    await expectNoAxeViolations(stange);
    await stange.getByLabel("Hva er gjort").fill("Ladeplan vedtatt; seks nye ladepunkter i drift ved Stange stasjon og i Tangen.");
    await stange.getByRole("button", { name: "Send til godkjenning" }).click();
    await stange.getByText("Rapporten er sendt inn og venter på behandling. Den kan ikke endres nå.").waitFor();

    // The secretariat reads it from the queue and approves it; the overview shows it approved.
    await secretariat.reload();
    const stangeInQueue = secretariat.getByRole("row").filter({ hasText: "Stange" });
    await stangeInQueue.getByRole("link", { name: MEASURE }).click();
    await secretariat.getByRole("heading", { level: 1, name: `Statusrapport: ${MEASURE}` }).waitFor();
    await secretariat.getByText("Ladeplan vedtatt; seks nye ladepunkter", { exact: false }).first().waitFor();
    await expectNoAxeViolations(secretariat);
    await shot(secretariat, "review-report");
    await secretariat.getByRole("button", { name: "Godkjenn" }).click();
    await secretariat.getByText(`${MEASURE} er godkjent.`).waitFor();
    await secretariat.getByText("Rapporten er godkjent og låst.").waitFor();
    await secretariat.goBack();
    await secretariat.getByRole("heading", { level: 1, name: "Rapporter til behandling" }).waitFor();
    await secretariat.getByRole("row").filter({ hasText: "Hamar" }).waitFor();
    // The cached queue may show a moment before its refetch: wait for Stange's row to leave.
    await secretariat.getByRole("row").filter({ hasText: "Stange" }).waitFor({ state: "detached" });
    await secretariat.getByRole("banner").getByRole("link", { name: "Rapporteringsoversikt" }).click();
    await secretariat.getByRole("heading", { level: 1, name: "Rapporteringsoversikt" }).waitFor();
    const stangeRow = secretariat.getByRole("row").filter({ hasText: "Stange" }).filter({ hasText: MEASURE });
    await stangeRow.getByText("Godkjent").waitFor();
    await shot(secretariat, "overview");
    await expectNoAxeViolations(secretariat);

    // The report is locked for Stange.
    await stange.reload();
    await stange.getByText("Rapporten er godkjent og låst.").waitFor();
    await expect(stange.getByRole("button", { name: "Send til godkjenning" }).count()).resolves.toBe(0);
    expect(await stange.getByLabel("Hva er gjort").getAttribute("readonly")).not.toBeNull();
    await shot(stange, "approved");
    await expectNoAxeViolations(stange);

    // From 320 px wide nothing needs sideways scrolling but the tables' own scroll areas.
    for (const page of [stange, secretariat]) {
      await page.setViewportSize({ width: 320, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    await shot(stange, "approved-320");
    await shot(secretariat, "overview-320");
    await secretariat.context().close();
    await stange.context().close();
  });
});
