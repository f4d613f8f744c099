import { type Container, parse, type Rule } from "postcss";
import selectorParser, { type Selector } from "postcss-selector-parser";
import type { Plugin } from "vite";

// Designsystemet's stylesheet (`@digdir/designsystemet-css`) styles every component it has, and
// the whole of it blocks the first paint. The app uses about half of them. This drops the
// selectors that can only match an element of a component the app does not use (and a rule when
// none of its selectors is left), so the app's pages are styled exactly as before from a third
// less CSS. `unused-design-css.test.ts` fails when the app starts using one of those components.
// postcss reads the stylesheet (and writes what is kept back as it was) and postcss-selector-parser
// each rule's selectors, so what counts as a comment, a string or a block is CSS's own syntax.

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

/** At-rules whose rules match as they would outside them; others (`@keyframes`) are kept whole. */
const GROUPING_AT_RULES = new Set(["layer", "media", "supports", "container", "scope"]);
const SELECTOR_LISTS = new Set([":is", ":where", ":has"]);

/**
 * Whether every element the selector matches (or needs, for `:has(…)`) has one of the classes:
 * one in its compound parts, or in each selector of an `:is(…)`, `:where(…)` or `:has(…)`.
 * Never through `:not(…)` or any other pseudo-class's argument.
 */
function needsClass(selector: Selector, classes: Set<string>): boolean {
  return selector.nodes.some((node) => {
    if (node.type === "class") return classes.has(node.value);
    if (node.type !== "pseudo" || !SELECTOR_LISTS.has(node.value)) return false;
    return node.nodes.length > 0 && node.nodes.every((inner) => needsClass(inner, classes));
  });
}

/** Drops the rule's selectors that need one of the classes, and the rule when none is left. */
function dropUnusedSelectors(rule: Rule, classes: Set<string>): void {
  // Given the rule, the parser reports an invalid selector at its place in the stylesheet.
  const list = selectorParser().astSync(rule, { updateSelector: false });
  const kept = list.nodes.filter((selector) => !needsClass(selector, classes));
  if (kept.length === list.nodes.length) return;
  if (kept.length === 0) rule.remove();
  else rule.selector = kept.join(",");
}

/** Drops what needs one of the classes from the rules in `container` and its grouping at-rules. */
function prune(container: Container, classes: Set<string>): void {
  container.each((node) => {
    if (node.type === "atrule" && GROUPING_AT_RULES.has(node.name) && node.nodes) prune(node, classes);
    if (node.type === "rule" && !nestsRules(node)) dropUnusedSelectors(node, classes);
  });
}

// A nested rule (CSS nesting) says `&` for its parent's selectors: dropping one of them can make a
// nested `:not(&)` match elements of used components, so a rule with rules inside is kept whole.
function nestsRules(rule: Rule): boolean {
  return rule.some((child) => child.type === "rule" || child.type === "atrule");
}

/**
 * The stylesheet without the rules that only elements with one of `classes` can match. What is
 * left is written back as it was read. Invalid CSS (an unclosed comment or block) fails with its
 * place in `from`.
 */
export function withoutRulesFor(css: string, classes: Iterable<string>, from?: string): string {
  const root = parse(css, { from });
  prune(root, new Set(classes));
  return root.toString();
}

export function unusedDesignCss(classes = UNUSED_COMPONENT_CLASSES): Plugin {
  return {
    name: "samspill-unused-design-css",
    apply: "build",
    enforce: "pre",
    transform(code, id) {
      if (!STYLESHEET.test(id)) return null;
      return { code: withoutRulesFor(code, classes, id), map: null };
    },
  };
}
