import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { baseUrl } from "./browser.js";

/** A demo user signed in through the sign-in page, in a browser context of their own. */
export async function signedIn(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(new URL("/sign-in?returnTo=%2F&lang=nb", baseUrl()).toString());
  await page.getByLabel("E-postadresse").fill(email);
  await page.getByLabel("Passord").fill("samspill-demo");
  await page.getByRole("main").getByRole("button", { name: "Logg inn" }).click();
  await page.getByRole("banner").getByRole("button", { name: "Logg ut" }).waitFor();
  return page;
}

/** A programme found through the API the portal itself uses, then opened like a bookmark. */
export async function openProgramme(page: Page, title: string, owner: string): Promise<void> {
  const id = await page.evaluate(
    async (match) => {
      const response = await fetch(`/api/trpc/programmes.list?input=${encodeURIComponent(JSON.stringify({}))}`);
      const items = (await response.json()).result.data.items as Array<{ id: string; title: string; owner: { name: string } }>;
      return items.find((item) => item.title === match.title && item.owner.name.includes(match.owner))?.id;
    },
    { title, owner },
  );
  expect(id).toBeTruthy();
  await page.goto(new URL(`/programmes/${id}`, page.url()).toString());
  await page.getByRole("heading", { level: 1, name: title }).waitFor();
}
