import { expect } from "vitest";
import { type DomainErrorCode, isDomainError } from "./errors";

// Test helper only (not exported from the package): asserts the rule failed the way the
// client will see it, by code and reason, not by message text.
export function expectDomainError(fn: () => unknown, code: DomainErrorCode, reason?: string): void {
  let thrown: unknown;
  try {
    fn();
  } catch (error) {
    thrown = error;
  }
  expect(isDomainError(thrown), `expected a DomainError ${code}, got ${String(thrown)}`).toBe(true);
  if (!isDomainError(thrown)) return;
  expect(thrown.code).toBe(code);
  if (reason !== undefined) expect(thrown.reason).toBe(reason);
}
