import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { baseUrl, NORWEGIAN_BROWSER } from "./browser.js";
import { BOKMAL, DEMO_PASSWORD, submitSignIn, type SignInLabels } from "./session.js";

// A person at the portal: one address typed (the home page), then only what they click, type
// and choose. The walkthroughs in ../walkthroughs use nothing else to get around.

export interface Visit {
  page: Page;
  /** A full-page screenshot of the step, numbered in the order taken. */
  shot: (step: string) => Promise<void>;
}

const SCREENSHOTS = "screenshots/walkthroughs";

/** Opens the home page in a browser context of its own (axe needs one); the only address typed. */
export async function visitHome(browser: Browser, spec: string, locale = NORWEGIAN_BROWSER): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(new URL("/", baseUrl()).toString());
  // The page is there for a reader once the app has drawn it, with its language chosen and loaded.
  await page.getByRole("banner").waitFor();
  mkdirSync(SCREENSHOTS, { recursive: true });
  let taken = 0;
  const shot = async (step: string) => {
    taken += 1;
    await page.screenshot({ path: `${SCREENSHOTS}/${spec}-${String(taken).padStart(2, "0")}-${step}.png`, fullPage: true });
  };
  return { page, shot };
}

export interface SignInTexts {
  /** The header's sign-in link and, once signed in, its sign-out button. */
  signIn: string;
  signOut: string;
  form: SignInLabels;
}
export const SIGN_IN_BOKMAL: SignInTexts = { signIn: "Logg inn", signOut: "Logg ut", form: BOKMAL };

/** From the page as it stands: the header's sign-in link, the form, back signed in. */
export async function signInFromHeader(page: Page, email: string, texts: SignInTexts = SIGN_IN_BOKMAL): Promise<void> {
  await page.getByRole("banner").getByRole("link", { name: texts.signIn, exact: true }).click();
  await submitSignIn(page, email, DEMO_PASSWORD, texts.form);
  await page.getByRole("banner").getByRole("button", { name: texts.signOut }).waitFor();
}

/** Signs out by the header's button; the header offers signing in again. */
export async function signOut(page: Page, texts: SignInTexts = SIGN_IN_BOKMAL): Promise<void> {
  await page.getByRole("banner").getByRole("button", { name: texts.signOut }).click();
  await page.getByRole("banner").getByRole("link", { name: texts.signIn, exact: true }).waitFor();
}

/** A signed-in person's home page, from the header's logo link. */
export async function backHome(page: Page): Promise<void> {
  await page.getByRole("banner").getByRole("link", { name: "Samspill", exact: true }).click();
}
