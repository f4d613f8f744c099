import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { expect } from "vitest";

/**
 * WCAG 2.0/2.1 A and AA checks on the page as it stands. Animations (a dialog fading in) are
 * let finish first, or axe would measure the contrast of text that is still half transparent.
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((animation) => animation.playState !== "running"));
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(results.violations).toEqual([]);
}
