// How names and headings are compared: case, spacing and Unicode form never matter, so
// "Regional  ladestruktur" in a file finds "Regional ladestruktur" in the programme.

export function normaliseName(text: string): string {
  return text.normalize("NFC").toLocaleLowerCase("nb").replace(/\s+/g, " ").trim();
}

/** A heading without its unit: `Budsjett 2022 (NOK)` → `budsjett 2022`, unit `NOK`. */
export function splitHeading(text: string): { name: string; unit: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(text);
  if (!match) return { name: normaliseName(text), unit: null };
  return { name: normaliseName(match[1] ?? ""), unit: (match[2] ?? "").trim() || null };
}
