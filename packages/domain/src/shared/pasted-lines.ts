// Text pasted into a list: plain lines, or rows of tab-separated cells as Excel, LibreOffice and
// Word copy a table. Excel quotes a cell that holds a line break, a tab or a quote ("…", with ""
// for a quote), so such a cell stays one cell. Pure, so the browser's preview and the server
// read a paste the same way.

export interface PastedLine {
  /** 1-based line of the pasted text the row starts on, for "line 4, column title". */
  line: number;
  /** The cells, each trimmed with its inner whitespace (line breaks too) made single spaces. */
  cells: string[];
}

const tidy = (cell: string) => cell.replace(/\s+/g, " ").trim();
const isLineEnd = (char: string | undefined) => char === "\n" || char === "\r";

/** A quoted cell from `start` (at its opening quote): its text and where it ends, or null when it is not one. */
function quotedCell(text: string, start: number): { value: string; end: number } | null {
  let value = "";
  for (let at = start + 1; at < text.length; at += 1) {
    const char = text[at];
    if (char !== '"') {
      value += char;
      continue;
    }
    if (text[at + 1] === '"') {
      value += '"';
      at += 1;
      continue;
    }
    // A closing quote is followed by the cell's end; otherwise the quote was only text.
    const next = text[at + 1];
    return next === undefined || next === "\t" || isLineEnd(next) ? { value, end: at + 1 } : null;
  }
  return null;
}

const lineBreaks = (text: string) => (text.match(/\r\n|\r|\n/g) ?? []).length;

/** The rows of a paste, blank rows left out; each keeps the line it starts on. */
export function pastedLines(text: string): PastedLine[] {
  const rows: PastedLine[] = [];
  let cells: string[] = [];
  let cell = "";
  let line = 1;
  let rowLine = 1;
  let cellStart = true;
  const endRow = () => {
    cells.push(tidy(cell));
    if (cells.some((value) => value !== "")) rows.push({ line: rowLine, cells });
    cells = [];
    cell = "";
    cellStart = true;
  };
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    const quoted = cellStart && char === '"' ? quotedCell(text, at) : null;
    if (quoted) {
      cell = quoted.value;
      line += lineBreaks(text.slice(at, quoted.end));
      at = quoted.end - 1;
      cellStart = false;
    } else if (char === "\t") {
      cells.push(tidy(cell));
      cell = "";
      cellStart = true;
    } else if (isLineEnd(char)) {
      if (char === "\r" && text[at + 1] === "\n") at += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      cell += char;
      cellStart = false;
    }
  }
  endRow();
  return rows;
}

/**
 * Blank cells of one column take the value of the row above: a merged cell in Excel (a focus
 * area over its sub-themes) is pasted as its value on the first row and blanks below.
 */
export function fillDown(lines: readonly PastedLine[], column: number): PastedLine[] {
  let above = "";
  return lines.map(({ line, cells }) => {
    const own = cells[column] ?? "";
    if (own !== "") above = own;
    if (own !== "" || above === "") return { line, cells };
    const filled = [...cells];
    while (filled.length <= column) filled.push("");
    filled[column] = above;
    return { line, cells: filled };
  });
}

/** The key two names are compared by: case, spacing and Unicode form aside. */
export function nameKey(name: string): string {
  return name.normalize("NFC").replace(/\s+/g, " ").trim().toLocaleLowerCase("nb");
}

export type NameMatch<T> = { found: T } | { missing: "unknown" | "ambiguous" };

/** The one option called `name` (any of its names, case aside); two with that name make it ambiguous. */
export function matchName<T>(options: readonly T[], name: string, namesOf: (option: T) => ReadonlyArray<string | null>): NameMatch<T> {
  const key = nameKey(name);
  const matches = options.filter((option) => namesOf(option).some((candidate) => candidate !== null && nameKey(candidate) === key));
  const [only] = matches;
  if (!only) return { missing: "unknown" };
  return matches.length === 1 ? { found: only } : { missing: "ambiguous" };
}
