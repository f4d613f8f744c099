import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The elements `design-system-elements.ts` leaves out, and what would need them: the React
// components that render them, and the attributes their behaviours answer to.
const LEFT_OUT = {
  entries: ["./ds-breadcrumbs", "./ds-suggestion", "./ds-tabs", "./popover", "./toggle-group", "./tooltip"],
  components: ["Avatar", "Breadcrumbs", "Dropdown", "Popover", "Search", "Suggestion", "EXPERIMENTAL_Suggestion", "Tabs", "ToggleGroup", "Tooltip"],
  attributes: /\b(popover|popoverTarget|popovertarget|data-tooltip|data-toggle-group)\b/,
};

const srcDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const elementsModule = readFileSync(path.join(srcDir, "app/design-system-elements.ts"), "utf8");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

describe("the design system's elements", () => {
  it("are each either registered or left out on purpose, so an upgrade that adds one is noticed", () => {
    const manifestFile = path.resolve(srcDir, "../node_modules/@digdir/designsystemet-web/package.json");
    const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { exports: Record<string, unknown> };
    const registered = [...elementsModule.matchAll(/"@digdir\/designsystemet-web\/([\w-]+)"/g)].map((match) => `./${match[1]}`);
    const elements = Object.keys(manifest.exports).filter((entry) => entry !== "." && !entry.endsWith(".json"));
    expect([...registered, ...LEFT_OUT.entries].sort()).toEqual(elements.sort());
  });

  it("are registered by a module the bundler keeps whole (it would otherwise drop the imports)", () => {
    const manifest = JSON.parse(readFileSync(path.resolve(srcDir, "../package.json"), "utf8")) as { sideEffects: string[] };
    expect(manifest.sideEffects).toContain("./src/app/design-system-elements.ts");
  });

  it("left out are used by no component or attribute of the app", () => {
    const appFiles = sourceFiles(srcDir).filter((file) => !file.endsWith("design-system-elements.ts"));
    const uses = appFiles.flatMap((file) => {
      const code = readFileSync(file, "utf8");
      const imported = [...code.matchAll(/import\s*\{([^}]*)\}\s*from\s*"@digdir\/designsystemet-react"/g)]
        .flatMap((match) => match[1]!.split(",").map((name) => name.replace(/\btype\b/, "").trim().split(/\s+as\s+/)[0]!));
      const components = imported.filter((name) => LEFT_OUT.components.some((left) => name === left || (name.startsWith(left) && /^[A-Z]/.test(name.slice(left.length)))));
      const attribute = LEFT_OUT.attributes.exec(code)?.[0];
      return [...components, ...(attribute ? [attribute] : [])].map((use) => `${path.relative(srcDir, file)}: ${use}`);
    });
    expect(uses, uses.join("\n")).toEqual([]);
  });
});
