import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";

// Debian's Chromium, driven by playwright-core: no browser download is possible or needed.
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ],
  });
}

export function baseUrl(): string {
  return inject("baseUrl");
}

/**
 * The browser of a reader in Norway: the portal picks its language from the browser's until
 * someone chooses or signs in, so each context says which languages it prefers.
 */
export const NORWEGIAN_BROWSER = "nb-NO";

/** A page in a browser context of its own (axe needs one), closed together with the page. */
export async function openPage(browser: Browser, pathAndQuery: string, width = 1280, locale = NORWEGIAN_BROWSER): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
  const page = await context.newPage();
  page.once("close", () => void context.close().catch(() => undefined));
  await page.goto(new URL(pathAndQuery, baseUrl()).toString());
  return page;
}
