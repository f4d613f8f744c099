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

export async function openPage(browser: Browser, pathAndQuery: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(new URL(pathAndQuery, baseUrl()).toString());
  return page;
}
