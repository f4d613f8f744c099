import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectNoAxeViolations } from "../support/axe.js";
import { launchBrowser } from "../support/browser.js";
import { openProgramme, signedIn } from "../support/session.js";

// "Every refusal says why": what a reader may see but not change says whose it is to change,
// in the reader's language, from the server's reason.

const PROGRAMME = "Handlingsprogram 2022–2023";
const MEASURE = "Regional ladestruktur";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("read-only places say why", () => {
  it("shows a Stange contributor that Hamar's part is Hamar's, and lets them edit their own", async () => {
    const page = await signedIn(browser, "stange@demo.samspill.no");
    await openProgramme(page, PROGRAMME, "Hamarregionen");
    await page.getByRole("main").getByText("Bare sekretariatet i Hamarregionen interkommunale politiske råd kan endre dette.").waitFor();
    await page.getByRole("main").getByRole("link", { name: MEASURE, exact: true }).first().click();
    await page.getByRole("heading", { level: 1, name: MEASURE }).waitFor();
    await page.getByRole("main").getByText(/^Tiltak 1\.1 ·/).waitFor();

    const parts = page.getByRole("region", { name: "Kommunenes deler" });
    const hamar = parts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Hamar/ }) });
    await hamar.getByText(/^Bare Hamar.* og sekretariatet kan endre denne delen\.$/).waitFor();
    const stange = parts.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Stange/ }) });
    await stange.getByRole("button", { name: /Rediger delen til Stange/ }).waitFor();
    await page.getByRole("main").getByText("Bare sekretariatet i Hamarregionen interkommunale politiske råd kan endre dette tiltaket.").waitFor();
    await expectNoAxeViolations(page);
    await parts.scrollIntoViewIfNeeded();
    await page.screenshot({ path: "test-results/refusal-part.png", fullPage: false });
    await page.context().close();
  });

  it("tells a council member why the programme, measures and meetings are read-only for them", async () => {
    const page = await signedIn(browser, "radsmedlem@demo.samspill.no");
    await openProgramme(page, PROGRAMME, "Hamarregionen");
    await page.getByRole("main").getByText("Bare sekretariatet i Hamarregionen interkommunale politiske råd kan endre dette.").waitFor();
    await expect(page.getByRole("button", { name: "Start rullering" }).count()).resolves.toBe(0);
    const meeting = page.getByRole("main").getByRole("region", { name: "Vedtak" }).getByRole("link").first();
    await meeting.click();
    await page.getByRole("main").getByText("Bare sekretariatet i Hamarregionen interkommunale politiske råd registrerer møter og vedtak.").waitFor();
    await expectNoAxeViolations(page);
    await page.context().close();
  });
});
