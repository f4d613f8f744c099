import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { UNUSED_COMPONENT_CLASSES, withoutRulesFor } from "./unused-design-css";

const unused = ["ds-card", "ds-tabs"];

describe("withoutRulesFor", () => {
  it("drops the selectors that need an unused class, and a rule when none is left", () => {
    const css = "@layer a,b;@layer b{.ds-card{color:red}.ds-card>.ds-button,.ds-button:hover{color:blue}.ds-button{color:green}}";
    expect(withoutRulesFor(css, unused)).toBe("@layer a,b;@layer b{.ds-button:hover{color:blue}.ds-button{color:green}}");
  });

  it("looks into :is(), :where() and :has(), but keeps what :not() or one other choice lets match", () => {
    const css = ":is(.ds-card,.ds-tabs):lang(nb){a:b}:where(.ds-card,.x) p{c:d}.x:has(>.ds-tabs){e:f}.x:not(.ds-card){g:h}[data-x='.ds-card']{i:j}";
    expect(withoutRulesFor(css, unused)).toBe(":where(.ds-card,.x) p{c:d}.x:not(.ds-card){g:h}[data-x='.ds-card']{i:j}");
  });

  it("keeps media queries, keyframes, comments and strings with braces as they are", () => {
    const css = "/* { */@media (min-width:1px){.ds-tabs{a:b}.y{c:d}}@keyframes k{0%{e:f}}.z::after{content:'}'}";
    expect(withoutRulesFor(css, unused)).toBe("/* { */@media (min-width:1px){.y{c:d}}@keyframes k{0%{e:f}}.z::after{content:'}'}");
  });

  it("reads the commas inside :is() as its own list, and keeps the other selectors as written", () => {
    const css = ".y:is(.ds-card, .x), .ds-tabs :is(a, b),\n.z :is(.ds-card,.ds-tabs){a:b}.w:is(.ds-card,.ds-tabs), .v{c:d}";
    expect(withoutRulesFor(css, unused)).toBe(".y:is(.ds-card, .x){a:b} .v{c:d}");
  });

  it("keeps what :not() leaves to match, whatever class it names", () => {
    const css = ":not(.ds-card){a:b}.x:not(.ds-card, .ds-tabs){c:d}.ds-button:not(:is(.ds-tabs)){e:f}";
    expect(withoutRulesFor(css, unused)).toBe(css);
  });

  it("keeps a rule with nested rules whole, as its selector is what they say & for", () => {
    const css = ".ds-card{color:red;&:hover{color:blue}}.ds-tabs,.x{:not(&){a:b}}@media print{.ds-card{@media (color){c:d}}}";
    expect(withoutRulesFor(css, unused)).toBe(css);
  });

  it("does not take a brace in a string for a nested block", () => {
    expect(withoutRulesFor(".ds-card:lang(nb){--text:'Legg til \"{value}\"'}.x{a:b}", unused)).toBe(".x{a:b}");
  });

  it("keeps comments outside rules and in the selectors it keeps", () => {
    const css = "/* a */.x /* .ds-card */,.y{a:b}/* b */.ds-card{c:d}";
    expect(withoutRulesFor(css, unused)).toBe("/* a */.x /* .ds-card */,.y{a:b}/* b */");
  });

  it("fails, naming the place, on an unclosed comment or an invalid selector rather than dropping what follows", () => {
    expect(() => withoutRulesFor(".x{a:b}\n.y{c:d}/* .ds-card{e:f}", unused, "index.css")).toThrow("index.css:2:8: Unclosed comment");
    expect(() => withoutRulesFor(".x{a:b}\n.y:{c:d}", unused, "index.css")).toThrow(/index\.css:2:\d+: Expected a pseudo-class/);
  });

  it("changes nothing when no class is unused", () => {
    const css = readFileSync(new URL("../node_modules/@digdir/designsystemet-css/dist/src/index.css", import.meta.url), "utf8");
    expect(withoutRulesFor(css, [])).toBe(css);
  });
});

// The React components that render the left-out classes, as Designsystemet names them.
const COMPONENTS = ["Avatar", "AvatarStack", "Badge", "BadgePosition", "Breadcrumbs", "Card", "CardBlock", "Chip", "Combobox", "Divider", "Dropdown", "FileUpload", "Popover", "Search", "Skeleton", "Suggestion", "EXPERIMENTAL_Suggestion", "Tabs", "ToggleGroup", "Tooltip"];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(tsx?|css)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe("the classes left out of the stylesheet", () => {
  it("are used by no component, class name or stylesheet of the app", () => {
    const srcDir = fileURLToPath(new URL("../src", import.meta.url));
    const classes = new RegExp(`\\b(${UNUSED_COMPONENT_CLASSES.join("|")})(?![\\w-])`);
    const uses = sourceFiles(srcDir).flatMap((file) => {
      const code = readFileSync(file, "utf8");
      const imported = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@digdir\/designsystemet-react"/g)]
        .flatMap((match) => match[1]!.split(",").map((name) => name.replace(/\btype\b/, "").trim().split(/\s+as\s+/)[0]!));
      const components = imported.filter((name) => COMPONENTS.some((component) => name === component || (name.startsWith(component) && /^[A-Z]/.test(name.slice(component.length)))));
      const className = classes.exec(code)?.[0];
      return [...components, ...(className ? [className] : [])].map((use) => `${path.relative(srcDir, file)}: ${use}`);
    });
    expect(uses, uses.join("\n")).toEqual([]);
  });
});
