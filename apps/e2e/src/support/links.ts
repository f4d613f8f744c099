import type { Locator, Page } from "playwright-core";

// Moving through the portal as a person does: by the header's menu, the home page's "your work"
// links and the links on each page — never by typing an address.

/** The header's main menu, named in the page's language. */
export function mainMenu(page: Page, name = "Hovedmeny"): Locator {
  return page.getByRole("banner").getByRole("navigation", { name });
}

/** The home page's links to the reader's work. */
export function workLinks(page: Page, name = "Ditt arbeid"): Locator {
  return page.getByRole("main").getByRole("navigation", { name });
}

/** Clicks a link and waits until the page it leads to shows its h1; returns the path reached. */
export async function follow(page: Page, link: Locator, heading: string | RegExp): Promise<string> {
  await link.click();
  await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  return new URL(page.url()).pathname;
}

/** Back to the home page by the menu's first entry. */
export async function home(page: Page, entry: string, heading: string | RegExp, menu?: string): Promise<void> {
  await follow(page, mainMenu(page, menu).getByRole("link", { name: entry, exact: true }), heading);
}

/** The menu's entries once the server has said which the reader gets (the last one has come). */
export async function menuEntries(page: Page, expected: readonly string[], menu?: string): Promise<string[]> {
  const last = expected.at(-1);
  if (last) await mainMenu(page, menu).getByRole("link", { name: last, exact: true }).waitFor();
  return mainMenu(page, menu).getByRole("link").allTextContents();
}
