// An amount as a single money field holds it (the agreements' funding commitments): typed in the
// currency's major unit, held in minor units. The budget grid reads cells in the reader's number
// format instead (amount-input.ts).

/**
 * An amount typed in the currency's major unit ("150 000", "1 250,50", "1250.5") as minor
 * units (øre, öre, cent). Spaces of any kind group thousands; comma or dot marks decimals.
 * Null when it is not a plain, non-negative number with at most two decimals.
 */
export function parseAmountMinor(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(",", ".");
  const match = /^(\d+)(?:\.(\d{1,2}))?$/.exec(compact);
  if (!match) return null;
  const minor = Number(match[1]) * 100 + Number((match[2] ?? "").padEnd(2, "0"));
  return Number.isSafeInteger(minor) ? minor : null;
}

/** Minor units back as the text a user would type: whole units without decimals when even. */
export function amountText(amountMinor: number): string {
  const whole = Math.trunc(amountMinor / 100);
  const cents = amountMinor % 100;
  return cents === 0 ? String(whole) : `${whole},${String(cents).padStart(2, "0")}`;
}
