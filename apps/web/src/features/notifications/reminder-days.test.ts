import { describe, expect, it } from "vitest";
import { parseReminderDays } from "./reminder-days";

describe("parseReminderDays", () => {
  it("takes whole days from 1 to 60", () => {
    expect(parseReminderDays(" 14 ")).toBe(14);
    expect(parseReminderDays("1")).toBe(1);
    expect(parseReminderDays("60")).toBe(60);
  });

  it("refuses anything else", () => {
    for (const text of ["", "0", "61", "7.5", "-3", "sju", "1e1", "007"]) expect(parseReminderDays(text), text).toBeUndefined();
  });
});
