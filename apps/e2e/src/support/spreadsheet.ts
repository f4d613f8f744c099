import type { Locator } from "playwright-core";

/** Kroner as the page writes them ("1 234 000 kr"), as a number. */
export const kroner = (text: string): number => Number(text.replace(/[^\d]/g, ""));

/**
 * Pastes a block as a spreadsheet copies it — a tab between cells, a line per row — into a
 * cell, as the browser's paste event delivers it: one UI action however large the block.
 */
export async function pasteBlock(cell: Locator, rows: ReadonlyArray<ReadonlyArray<number | string>>): Promise<void> {
  const text = `${rows.map((row) => row.join("\t")).join("\r\n")}\r\n`;
  await cell.evaluate((input, pasted) => {
    const data = new DataTransfer();
    data.setData("text/plain", pasted);
    input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
