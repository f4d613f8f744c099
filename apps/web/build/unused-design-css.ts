import type { Plugin } from "vite";

// Designsystemet's stylesheet (`@digdir/designsystemet-css`) styles every component it has, and
// the whole of it blocks the first paint. The app uses about half of them. This drops the
// selectors that can only match an element of a component the app does not use (and a rule when
// none of its selectors is left), so the app's pages are styled exactly as before from a third
// less CSS. `unused-design-css.test.ts` fails when the app starts using one of those components.

/** The class of each component the app does not use (its React component's name in comments). */
export const UNUSED_COMPONENT_CLASSES = [
  "ds-avatar", // Avatar
  "ds-avatar-stack", // AvatarStack
  "ds-badge", // Badge
  "ds-breadcrumbs", // Breadcrumbs
  "ds-card", // Card
  "ds-chip", // Chip
  "ds-combobox", // Combobox
  "ds-divider", // Divider
  "ds-dropdown", // Dropdown
  "ds-file-upload", // FileUpload
  "ds-popover", // Popover
  "ds-search", // Search
  "ds-skeleton", // Skeleton
  "ds-suggestion", // Suggestion
  "ds-tabs", // Tabs
  "ds-toggle-group", // ToggleGroup
  "ds-tooltip", // Tooltip
];

const STYLESHEET = /[\\/]@digdir[\\/]designsystemet-css[\\/]dist[\\/]src[\\/]index\.css$/;

/** Where the block that opens at `open` (a "{") closes, past strings, comments and inner blocks. */
function blockEnd(css: string, open: number): number {
  let depth = 0;
  for (let i = open; i < css.length; i++) {
    const char = css[i];
    if (char === '"' || char === "'") i = css.indexOf(char, i + 1);
    else if (char === "/" && css[i + 1] === "*") i = css.indexOf("*/", i + 2) + 1;
    else if (char === "{") depth++;
    else if (char === "}" && --depth === 0) return i;
    if (i < 0) break;
  }
  throw new Error("Unbalanced braces in the design system's stylesheet");
}

/** The selectors of a rule's prelude, split at commas outside brackets and parentheses. */
function selectors(prelude: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < prelude.length; i++) {
    const char = prelude[i];
    if (char === "(" || char === "[") depth++;
    else if (char === ")" || char === "]") depth--;
    else if (char === "," && depth === 0) {
      parts.push(prelude.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, prelude.slice(start)];
}

/** Where the parenthesis that opens at `open` closes. */
function parenEnd(selector: string, open: number): number {
  let depth = 0;
  for (let i = open; i < selector.length; i++) {
    if (selector[i] === "(") depth++;
    else if (selector[i] === ")" && --depth === 0) return i;
  }
  return selector.length;
}

/**
 * Whether every element the selector matches (or needs, for `:has(…)`) has one of the classes:
 * one outside any parenthesis, or in each selector of an `:is(…)`, `:where(…)` or `:has(…)`.
 * Never through `:not(…)`.
 */
function needsClass(selector: string, classes: Set<string>): boolean {
  let depth = 0;
  for (let i = 0; i < selector.length; i++) {
    const char = selector[i];
    const pseudo = depth === 0 ? /^:(is|where|has)\(/.exec(selector.slice(i)) : null;
    if (pseudo) {
      const close = parenEnd(selector, i + pseudo[0].length - 1);
      const inner = selectors(selector.slice(i + pseudo[0].length, close));
      if (inner.every((part) => needsClass(part, classes))) return true;
      i = close;
    } else if (char === "(" || char === "[") depth++;
    else if (char === ")" || char === "]") depth--;
    else if (char === "." && depth === 0) {
      const name = /^[\w-]+/.exec(selector.slice(i + 1))?.[0];
      if (name && classes.has(name)) return true;
    }
  }
  return false;
}

/** The stylesheet without the rules that only elements with one of `classes` can match. */
export function withoutRulesFor(css: string, classes: Iterable<string>): string {
  const unused = new Set(classes);
  let result = "";
  let at = 0;
  while (at < css.length) {
    const comment = /^\s*\/\*[\s\S]*?\*\//.exec(css.slice(at, at + 4096));
    if (comment) {
      result += comment[0];
      at += comment[0].length;
      continue;
    }
    const open = css.indexOf("{", at);
    const statementEnd = css.indexOf(";", at);
    // A statement without a block (`@layer a, b;`, `@import …;`) or what is left after the last rule.
    if (open < 0 || (statementEnd >= 0 && statementEnd < open && css.slice(at, statementEnd).trimStart().startsWith("@"))) {
      const end = open < 0 ? css.length : statementEnd + 1;
      result += css.slice(at, end);
      at = end;
      continue;
    }
    const close = blockEnd(css, open);
    const prelude = css.slice(at, open);
    const body = css.slice(open + 1, close);
    const atRule = /^\s*@([\w-]+)/.exec(prelude)?.[1];
    if (atRule && ["layer", "media", "supports", "container", "scope"].includes(atRule)) {
      result += `${prelude}{${withoutRulesFor(body, unused)}}`;
    } else if (atRule || body.includes("{")) {
      result += css.slice(at, close + 1);
    } else {
      // A selector that needs a class no element has matches nothing: the others keep the rule.
      const kept = selectors(prelude).filter((selector) => !needsClass(selector, unused));
      if (kept.length > 0) result += `${kept.join(",")}{${body}}`;
    }
    at = close + 1;
  }
  return result;
}

export function unusedDesignCss(classes = UNUSED_COMPONENT_CLASSES): Plugin {
  return {
    name: "samspill-unused-design-css",
    apply: "build",
    enforce: "pre",
    transform(code, id) {
      if (!STYLESHEET.test(id)) return null;
      return { code: withoutRulesFor(code, classes), map: null };
    },
  };
}
