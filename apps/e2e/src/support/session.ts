import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { baseUrl, NORWEGIAN_BROWSER } from "./browser.js";

export const DEMO_PASSWORD = "samspill-demo";

/** The sign-in form's texts; the page is in Bokmål unless the address asks for another language. */
export interface SignInLabels {
  email: string;
  password: string;
  submit: string;
}
export const BOKMAL: SignInLabels = { email: "E-postadresse", password: "Passord", submit: "Logg inn" };
export const SWEDISH: SignInLabels = { email: "E-postadress", password: "Lösenord", submit: "Logga in" };

/** Fills in and sends the sign-in form on the page as it stands. */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD, labels: SignInLabels = BOKMAL): Promise<void> {
  await page.getByLabel(labels.email).fill(email);
  await page.getByLabel(labels.password).fill(password);
  await page.getByRole("main").getByRole("button", { name: labels.submit }).click();
}

export interface SignedInOptions {
  /** Where the sign-in page sends the user afterwards; the home page by default. */
  returnTo?: string;
  /** The page's language from the address (`?lang=`); null leaves it to the user's own language. */
  lang?: "nb" | "nn" | "sv" | "en" | null;
  /** The header's sign-out button once signed in, in the language the user then sees. */
  signOut?: string;
  /** Viewport width; the height is always 900. */
  width?: number;
  /** The browser's preferred language, which the sign-in page follows without `?lang=`. */
  locale?: string;
  /** The sign-in form's texts in the language the page is shown in. */
  labels?: SignInLabels;
}

/** A demo user signed in through the sign-in page, in a browser context of their own (axe needs one). */
export async function signedIn(browser: Browser, email: string, options: SignedInOptions = {}): Promise<Page> {
  const { returnTo = "/", lang = "nb", signOut = "Logg ut", width = 1280, locale = NORWEGIAN_BROWSER, labels = BOKMAL } = options;
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
  const page = await context.newPage();
  const query = new URLSearchParams({ returnTo, ...(lang ? { lang } : {}) });
  await page.goto(new URL(`/sign-in?${query.toString()}`, baseUrl()).toString());
  await submitSignIn(page, email, DEMO_PASSWORD, labels);
  await page.getByRole("banner").getByRole("button", { name: signOut }).waitFor();
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
