// How wide text is set in Calibri (or Carlito, which has the same widths), in twips, so table
// columns can be sized from their content before Word or LibreOffice lays them out. Widths are
// Calibri's advance widths in thousandths of an em; bold is a little wider. Letters not in the
// table count as a wide letter, so an estimate errs towards a wider column, never a broken word.

const REGULAR: Record<string, number> = {
  " ": 226, "\u00a0": 226, ".": 252, ",": 250, ":": 268, ";": 268, "-": 306, "–": 498, "—": 905, "(": 303, ")": 303,
  "/": 386, "%": 715, "&": 682, "'": 221, "\"": 401, "?": 463, "!": 326, "+": 498, "§": 498,
  a: 479, b: 525, c: 423, d: 525, e: 498, f: 305, g: 471, h: 525, i: 229, j: 239, k: 455, l: 229, m: 799,
  n: 525, o: 527, p: 525, q: 525, r: 349, s: 391, t: 335, u: 525, v: 452, w: 715, x: 433, y: 453, z: 395,
  æ: 773, ø: 527, å: 479, ä: 479, ö: 527, é: 498, ü: 525,
  A: 579, B: 544, C: 533, D: 615, E: 488, F: 459, G: 631, H: 623, I: 252, J: 319, K: 520, L: 420, M: 855,
  N: 646, O: 662, P: 517, Q: 673, R: 543, S: 459, T: 487, U: 653, V: 567, W: 890, X: 519, Y: 487, Z: 468,
  Æ: 866, Ø: 662, Å: 579, Ä: 579, Ö: 662, É: 488, Ü: 653,
};
const DIGIT = 507;
const UNKNOWN = 680;
const BOLD = 1.05;

/** The width of `text` on one line at `sizePt` points, in twips (1/20 pt). */
export function textWidth(text: string, sizePt: number, bold = false): number {
  let thousandths = 0;
  for (const char of text) thousandths += /\d/.test(char) ? DIGIT : (REGULAR[char] ?? UNKNOWN);
  return (thousandths / 1000) * sizePt * 20 * (bold ? BOLD : 1);
}

/** The parts of a text a line may not break inside: words, with no-break spaces holding money together. */
export function unbreakable(text: string): string[] {
  return text.split(/[ \n\t]+/).filter((word) => word !== "");
}

/** The widest word of the text, which its column must hold on one line. */
export function widestWord(text: string, sizePt: number, bold = false): number {
  return Math.max(0, ...unbreakable(text).map((word) => textWidth(word, sizePt, bold)));
}

/** The widest line of the text as written, were nothing to wrap. */
export function widestLine(text: string, sizePt: number, bold = false): number {
  return Math.max(0, ...text.split("\n").map((line) => textWidth(line, sizePt, bold)));
}
