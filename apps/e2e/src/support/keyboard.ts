import type { Locator, Page } from "playwright-core";
import { expect } from "vitest";

/** The element that has the focus, as a keyboard user meets it. */
export interface FocusStop {
  tag: string;
  name: string;
  /** A focus ring shows: an outline or a box shadow from :focus-visible. */
  ring: boolean;
  inMain: boolean;
  inDialog: boolean;
}

export async function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { tag: "body", name: "", ring: false, inMain: false, inDialog: false };
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) > 0;
    // A date field's last stop is the browser's own calendar button, ringed inside the field.
    const calendarButton = element instanceof HTMLInputElement && element.type === "date" && !element.matches(":focus-visible");
    const labelledBy = element.getAttribute("aria-labelledby")?.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
    const label = (element as HTMLInputElement).labels?.[0]?.textContent;
    const name = element.getAttribute("aria-label") ?? labelledBy ?? label ?? element.textContent ?? "";
    return {
      tag: element.tagName.toLowerCase(),
      name: name.replace(/\s+/g, " ").trim(),
      ring: outline || style.boxShadow !== "none" || calendarButton,
      inMain: element.closest("main") !== null,
      inDialog: element.closest("dialog[open], [role=dialog], [role=alertdialog]") !== null,
    };
  });
}

const describe = (stops: readonly FocusStop[]) => stops.map((stop) => `${stop.tag} "${stop.name.slice(0, 40)}"`).join(" → ");

/** Moves the focus to the start of the page's main content, as the skip link does. */
export async function focusMain(page: Page): Promise<void> {
  await page.locator("main").focus();
}

/**
 * Presses Tab until `target` has the focus, never leaving the main content on the way, with a
 * focus ring at every stop. Called one target after another from the top of main, this proves
 * the controls come in that order.
 */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let step = 0; step < max; step++) {
    await page.keyboard.press("Tab");
    const stop = await focusStop(page);
    stops.push(stop);
    expect(stop.ring, `no focus ring on ${describe([stop])}, after ${describe(stops)}`).toBe(true);
    expect(stop.inMain || stop.inDialog, `Tab left the main content: ${describe(stops)}`).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return stops;
  }
  throw new Error(`Tab did not reach the target in ${max} steps: ${describe(stops)}`);
}

/** Tab stops one after another from the top of main, in the order given. */
export async function tabThrough(page: Page, targets: readonly Locator[]): Promise<void> {
  await focusMain(page);
  for (const target of targets) await tabTo(page, target);
}

/** Whether `locator` has the focus. */
export async function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === document.activeElement);
}

/**
 * A dialog opened from `opener` with the keyboard: focus goes into it and stays there while
 * tabbing, Escape closes it and the focus is back on the opener.
 */
export async function expectDialogTrapsFocus(page: Page, opener: Locator, dialog: Locator): Promise<void> {
  await opener.focus();
  await page.keyboard.press("Enter");
  await dialog.waitFor();
  expect((await focusStop(page)).inDialog, "focus did not move into the dialog").toBe(true);
  for (let step = 0; step < 10; step++) {
    await page.keyboard.press("Tab");
    const stop = await focusStop(page);
    // Past the dialog's last control Chromium rests on the document before coming back round.
    expect(stop.inDialog || stop.tag === "body", `Tab left the dialog: ${describe([stop])}`).toBe(true);
  }
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  expect(await hasFocus(opener), "focus did not return to the button that opened the dialog").toBe(true);
}
