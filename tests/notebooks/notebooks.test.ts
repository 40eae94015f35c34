/**
 * The notebooks in notebooks/: valid nbformat 4 JSON with no committed
 * outputs, set to the Deno kernel, importing only the project's src/ and its
 * npm dependencies (no URL or registry imports: they run offline), and their
 * code cells type-check against the library's types (Deno's kernel runs
 * TypeScript without checking it, so a renamed option would otherwise go
 * unnoticed). Executing them is scripts/runNotebooks.sh's job (CI); it
 * checks each executed cell against the output count the cell declares
 * (metadata `plenary.outputs`), which this file checks against the cell's code.
 */
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIR = join(ROOT, "notebooks");
const FILES = readdirSync(DIR).filter((f) => f.endsWith(".ipynb")).sort();

interface Cell {
  cell_type: "code" | "markdown" | "raw";
  id?: string;
  metadata: Record<string, unknown>;
  source: string | string[];
  outputs?: unknown[];
  execution_count?: number | null;
}
interface Notebook {
  cells: Cell[];
  metadata: { kernelspec?: { name?: string; language?: string; display_name?: string }; language_info?: { name?: string } };
  nbformat: number;
  nbformat_minor: number;
}

const read = (file: string): Notebook => JSON.parse(readFileSync(join(DIR, file), "utf8")) as Notebook;
const text = (cell: Cell): string => (Array.isArray(cell.source) ? cell.source.join("") : cell.source);
const code = (nb: Notebook): string => nb.cells.filter((c) => c.cell_type === "code").map(text).join("\n\n");

/** The notebooks' display helpers (first code cell): each call displays exactly one output. */
const DISPLAY_HELPERS = new Set(["show", "table", "value"]);

/**
 * Outputs a cell makes, from its code: one per call of a display helper, and
 * none from a final expression (the notebooks display values explicitly, so
 * every output goes through a helper that waits for it to leave the kernel).
 */
function countDisplays(source: string): { calls: number; finalExpression: boolean } {
  const sf = ts.createSourceFile("cell.ts", source, ts.ScriptTarget.ES2022, true);
  let calls = 0;
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && DISPLAY_HELPERS.has(node.expression.text)) calls++;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  const last = sf.statements.at(-1);
  const finalExpression = last !== undefined && ts.isExpressionStatement(last) && !ts.isAwaitExpression(last.expression);
  return { calls, finalExpression };
}

/** Module specifiers of static imports and dynamic import() calls. */
function importSpecifiers(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s+["']([^"']+)["']/g)) out.push(m[1]!);
  for (const m of source.matchAll(/(?:^|\n)\s*import\s+["']([^"']+)["']/g)) out.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) out.push(m[1]!);
  return out;
}

describe("notebooks/", () => {
  it("holds the four notebooks of the user's guide", () => {
    expect(FILES).toEqual(expect.arrayContaining(["01-explore-votes.ipynb", "02-voting-tendencies.ipynb", "03-lobbying-2022.ipynb", "04-forecast-your-own.ipynb"]));
  });

  describe.each(FILES)("%s", (file) => {
    const nb = read(file);

    it("is nbformat 4.5 with unique cell ids", () => {
      expect(nb.nbformat).toBe(4);
      expect(nb.nbformat_minor).toBeGreaterThanOrEqual(5);
      const ids = nb.cells.map((c) => c.id);
      expect(ids.every((id) => typeof id === "string" && /^[a-zA-Z0-9-_]{1,64}$/.test(id))).toBe(true);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it("has no committed outputs or execution counts", () => {
      const fix = "strip it with: bash scripts/stripNotebooks.sh";
      for (const cell of nb.cells.filter((c) => c.cell_type === "code")) {
        const where = `${text(cell).slice(0, 60)}... (${fix})`;
        expect(cell.outputs, where).toEqual([]);
        expect(cell.execution_count, where).toBeNull();
        expect(cell.metadata.execution, where).toBeUndefined();
      }
    });

    it("declares in each code cell's metadata how many outputs it makes, matching its display calls", () => {
      for (const cell of nb.cells.filter((c) => c.cell_type === "code")) {
        const where = `${file}: ${text(cell).split("\n").at(-1)!.slice(0, 70)}`;
        const declared = (cell.metadata.plenary as { outputs?: unknown } | undefined)?.outputs;
        const { calls, finalExpression } = countDisplays(text(cell));
        expect(finalExpression, `${where}: end with await value(...) instead of a bare expression`).toBe(false);
        expect(declared, where).toBe(calls);
      }
    });

    it("uses the Deno kernel", () => {
      expect(nb.metadata.kernelspec).toEqual({ name: "deno", display_name: "Deno", language: "typescript" });
      expect(nb.metadata.language_info?.name).toBe("typescript");
    });

    it("opens with a markdown cell that has a title", () => {
      expect(nb.cells[0]!.cell_type).toBe("markdown");
      expect(text(nb.cells[0]!)).toMatch(/^# \S/);
    });

    it("imports only the project's src/ and its npm dependencies (works offline)", () => {
      const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
      const specifiers = importSpecifiers(code(nb));
      expect(specifiers).toContain("../src/index.ts");
      for (const s of specifiers) {
        const ok = /^\.\.\/src\/[\w/]+\.ts$/.test(s) || Object.hasOwn(pkg.dependencies, s.startsWith("@") ? s.split("/").slice(0, 2).join("/") : s.split("/")[0]!);
        expect(ok, `import ${JSON.stringify(s)} in ${file}`).toBe(true);
      }
    });
  });

  it("pins the Deno version (the kernel) exactly, in package.json and package-lock.json", () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { devDependencies: Record<string, string> };
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, { version?: string }> };
    expect(pkg.devDependencies.deno).toMatch(/^\d+\.\d+\.\d+$/);
    expect(lock.packages["node_modules/deno"]?.version).toBe(pkg.devDependencies.deno);
  });

  it("deno.json keeps Deno on the project's node_modules, with no lock file", () => {
    const config = JSON.parse(readFileSync(join(ROOT, "deno.json"), "utf8")) as Record<string, unknown>;
    expect(config.nodeModulesDir).toBe("manual");
    expect(config.lock).toBe(false);
  });

  it("their code cells type-check against the library (tsconfig.json's options)", () => {
    // Each notebook's code cells, in order, as one module next to the notebook (so "../src/..." resolves as in the kernel).
    const virtual = new Map<string, string>(FILES.map((f) => [join(DIR, f.replace(/\.ipynb$/, ".notebook.ts")), code(read(f))]));
    // The part of Deno's API the notebooks use (the kernel provides the real one).
    const shim = join(DIR, "deno-shim.d.ts");
    virtual.set(
      shim,
      `declare namespace Deno {
        function readTextFileSync(path: string | URL): string;
        namespace jupyter {
          function display(obj: unknown, options?: { raw?: boolean; update?: boolean; display_id?: string }): Promise<void>;
        }
      }`,
    );
    const configFile = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
    const host = ts.createCompilerHost(options);
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (name, languageVersion, onError, shouldCreate) =>
      virtual.has(name) ? ts.createSourceFile(name, virtual.get(name)!, languageVersion, true) : getSourceFile(name, languageVersion, onError, shouldCreate);
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (name) => virtual.has(name) || fileExists(name);
    const readFile = host.readFile.bind(host);
    host.readFile = (name) => virtual.get(name) ?? readFile(name);
    // Notebook cells are scripts: arquero's expression callbacks ((d, $) => ...) have untyped parameters, and that is fine there.
    const program = ts.createProgram([...virtual.keys()], { ...options, noEmit: true, noImplicitAny: false }, host);
    const errors = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && virtual.has(d.file.fileName))
      .map((d) => {
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0);
        return `${d.file!.fileName.slice(ROOT.length + 1)}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
      });
    expect(errors).toEqual([]);
  });
});
