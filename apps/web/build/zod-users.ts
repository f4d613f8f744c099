import type { Plugin } from "vite";

// Which modules cannot run without zod: zod itself, and every module that imports a value from
// one of them (the domain's schema modules, the forms that check input with them …). The build
// puts those shared by two or more pages into the forms chunk and keeps them out of the pages'
// shared chunk, so a page that reads (a published programme, a dashboard) never downloads zod.
//
// Module by module is too coarse: pages import the domain and the forms layer through their
// index files, which re-export everything. So an import is followed, name by name, through
// `export … from` to the module that defines what it names, as the bundler's tree-shaking does.

export interface ImportedNames {
  /** The imported module, resolved. */
  target: string;
  /** The names imported; "*" for a namespace, a bare `import "…"` or anything else unknown. */
  names: string[];
}

export interface Reexport {
  source: string;
  /** Exported name → name in `source`; "*" for `export * from`. */
  names: Map<string, string> | "*";
}

export interface ModuleLinks {
  imports: ImportedNames[];
  reexports: Reexport[];
  /** Everything the module exports, re-exports included. */
  exports: string[];
}

/** The modules that define what `name` of `id` stands for, through re-exports. */
function origins(graph: Map<string, ModuleLinks>, id: string, name: string, seen = new Set<string>()): string[] {
  const key = `${id}\0${name}`;
  if (seen.has(key)) return [];
  seen.add(key);
  const links = graph.get(id);
  if (!links) return [id];
  if (name === "*") return [id, ...links.reexports.flatMap((reexport) => origins(graph, reexport.source, "*", seen))];
  for (const reexport of links.reexports) {
    if (reexport.names === "*") continue;
    const local = reexport.names.get(name);
    if (local !== undefined) return origins(graph, reexport.source, local, seen);
  }
  for (const reexport of links.reexports) {
    if (reexport.names === "*" && graph.get(reexport.source)?.exports.includes(name)) return origins(graph, reexport.source, name, seen);
  }
  return [id];
}

/** The modules that `isRoot` picks, and every module that imports a value from one of them. */
export function dependentsOf(graph: Map<string, ModuleLinks>, isRoot: (id: string) => boolean): Set<string> {
  const importers = new Map<string, Set<string>>();
  for (const [id, links] of graph) {
    for (const { target, names } of links.imports) {
      for (const origin of names.flatMap((name) => origins(graph, target, name))) {
        if (!importers.has(origin)) importers.set(origin, new Set());
        importers.get(origin)!.add(id);
      }
    }
  }
  const found = new Set([...graph.keys()].filter(isRoot));
  const queue = [...found];
  while (queue.length > 0) {
    for (const importer of importers.get(queue.pop()!) ?? []) {
      if (found.has(importer)) continue;
      found.add(importer);
      queue.push(importer);
    }
  }
  return found;
}

/** A chain of static imports among the chunks that comes back to where it started, if any. */
export function importCycle(chunks: Array<{ fileName: string; imports: string[] }>): string[] | undefined {
  const imports = new Map(chunks.map((chunk) => [chunk.fileName, chunk.imports]));
  const done = new Set<string>();
  const visit = (fileName: string, path: string[]): string[] | undefined => {
    const start = path.indexOf(fileName);
    if (start >= 0) return [...path.slice(start), fileName];
    if (done.has(fileName)) return undefined;
    for (const imported of imports.get(fileName) ?? []) {
      const cycle = visit(imported, [...path, fileName]);
      if (cycle) return cycle;
    }
    done.add(fileName);
    return undefined;
  };
  for (const fileName of imports.keys()) {
    const cycle = visit(fileName, []);
    if (cycle) return cycle;
  }
  return undefined;
}

const ZOD = /[\\/]node_modules[\\/]zod[\\/]/;

interface Node {
  type: string;
  importKind?: string;
  exportKind?: string;
  source?: { value: string } | null;
  specifiers?: Array<{ type: string; importKind?: string; exportKind?: string; imported?: Name; local?: Name; exported?: Name }>;
  exported?: Name | null;
}
type Name = { name?: string; value?: string };
const nameOf = (node: Name | undefined) => node?.name ?? node?.value ?? "default";

/**
 * The plugin reads each module's imports once the module graph is complete (the chunks are made
 * after that), and `needsZod` answers from it for the build's chunk groups. It fails the build
 * when two chunks import each other: then which runs first depends on the page that loads them,
 * and a schema can be built before the list it names exists.
 */
export function zodUsers(): { plugin: Plugin; needsZod: (id: string) => boolean } {
  let users = new Set<string>();
  const plugin: Plugin = {
    name: "samspill-zod-users",
    apply: "build",
    async buildEnd() {
      const graph = new Map<string, ModuleLinks>();
      for (const id of this.getModuleIds()) {
        const info = this.getModuleInfo(id);
        if (!info?.code || !/\.[cm]?[jt]sx?$/.test(id.split("?")[0]!)) continue;
        // zod's own modules are where the search starts; what they import does not matter.
        if (ZOD.test(id)) {
          graph.set(id, { imports: [], reexports: [], exports: [] });
          continue;
        }
        const lang = id.endsWith(".tsx") ? "tsx" : id.endsWith(".ts") ? "ts" : "js";
        const body = this.parse(info.code, { lang }).body as unknown as Node[];
        const resolve = async (source: string) => (await this.resolve(source, id))?.id ?? source;
        const links: ModuleLinks = { imports: [], reexports: [], exports: info.exports ?? [] };
        for (const node of body) {
          if (!node.source) continue;
          if (node.type === "ImportDeclaration" && node.importKind !== "type") {
            const specifiers = (node.specifiers ?? []).filter((s) => s.importKind !== "type");
            if (specifiers.length === 0 && (node.specifiers ?? []).length > 0) continue;
            const names = specifiers.length === 0 ? ["*"] : specifiers.map((s) => (s.type === "ImportSpecifier" ? nameOf(s.imported) : s.type === "ImportDefaultSpecifier" ? "default" : "*"));
            links.imports.push({ target: await resolve(node.source.value), names });
          } else if (node.type === "ExportNamedDeclaration" && node.exportKind !== "type") {
            const specifiers = (node.specifiers ?? []).filter((s) => s.exportKind !== "type");
            links.reexports.push({ source: await resolve(node.source.value), names: new Map(specifiers.map((s) => [nameOf(s.exported), nameOf(s.local)])) });
          } else if (node.type === "ExportAllDeclaration" && node.exportKind !== "type") {
            const source = await resolve(node.source.value);
            if (node.exported) links.reexports.push({ source, names: new Map([[nameOf(node.exported), "*"]]) });
            else links.reexports.push({ source, names: "*" });
          }
        }
        graph.set(id, links);
      }
      users = dependentsOf(graph, (id) => ZOD.test(id));
    },
    generateBundle(_options, bundle) {
      const cycle = importCycle(Object.values(bundle).flatMap((output) => (output.type === "chunk" ? [output] : [])));
      if (cycle) this.error(`Chunks import each other: ${cycle.join(" → ")}`);
    },
  };
  return { plugin, needsZod: (id) => users.has(id) };
}
