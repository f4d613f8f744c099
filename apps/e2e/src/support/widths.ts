import type { Page } from "playwright-core";
import { expect } from "vitest";

export const NARROW = 320;
export const WIDE = 1280;

/** Two frames: layout and the resize observers that react to it have run. */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
}

/**
 * The page never scrolls sideways (a pixel of rounding forgiven); what is wider — tables —
 * scrolls inside a box that keyboard users can focus and screen readers hear named.
 */
export async function expectFitsWidth(page: Page): Promise<void> {
  await settled(page);
  const report = await page.evaluate(() => {
    const root = document.documentElement;
    const scrolls = (element: Element) => /(auto|scroll)/.test(getComputedStyle(element).overflowX);
    const insideScrollBox = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (scrolls(parent)) return true;
      }
      return false;
    };
    const wide = Array.from(document.querySelectorAll("body *"))
      .filter((element) => element.getBoundingClientRect().right > root.clientWidth + 1 && !insideScrollBox(element))
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${String(element.className)} "${(element.textContent ?? "").slice(0, 30)}"`);
    const boxes = Array.from(document.querySelectorAll<HTMLElement>("body *"))
      .filter((element) => scrolls(element) && element.scrollWidth > element.clientWidth + 1)
      .map((element) => {
        const labelledBy = element.getAttribute("aria-labelledby");
        const name = element.getAttribute("aria-label") ?? (labelledBy ? document.getElementById(labelledBy)?.textContent : "") ?? "";
        return { name: name.trim(), role: element.getAttribute("role"), focusable: element.tabIndex >= 0, html: element.outerHTML.slice(0, 80) };
      });
    return { overflow: root.scrollWidth - root.clientWidth, wide, boxes };
  });
  expect(report.overflow, `the page scrolls sideways; too wide: ${report.wide.join(", ")}`).toBeLessThanOrEqual(1);
  for (const box of report.boxes) {
    expect(box, `scroll box ${box.html}`).toMatchObject({ role: "region", focusable: true });
    expect(box.name, `scroll box ${box.html} has no name`).not.toBe("");
  }
}

/**
 * The screen at 320 px (checked to fit) and on a desktop, each as a full-page screenshot in
 * test-results/<name>-320.png and <name>-1280.png; the page is left at desktop width.
 */
export async function checkWidths(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: NARROW, height: 900 });
  await expectFitsWidth(page);
  await page.screenshot({ path: `test-results/${name}-${NARROW}.png`, fullPage: true });
  await page.setViewportSize({ width: WIDE, height: 900 });
  await settled(page);
  await page.screenshot({ path: `test-results/${name}-${WIDE}.png`, fullPage: true });
}
