/**
 * The doc-test step: every `@example` in a doc comment under src/ is run, so
 * that examples cannot rot (house style 9 and 15). An example may use, without
 * importing them, everything src/index.ts exports, everything its own file
 * exports, `readFileSync`, and the values of ./docExampleScope.ts (`assembly`,
 * `model`, `prepared`, ...). It runs in a scratch folder that holds the
 * project's scenarios/ and data/ and a copy of models/default.json, so an
 * example that writes (`saveModel`, `exportChart`) writes there.
 *
 * A line `expression; // value` whose comment is a plain literal (a number,
 * string, boolean, array or object literal) is checked: numbers agree to the
 * decimals the comment shows (half a unit in the last place), everything else
 * exactly. `expression; // throws "message"` must throw that message. Other
 * comments ("~0.01", "rising") are prose and are not checked.
 *
 * No example is skipped or expected to fail: one that cannot run is fixed in
 * its file (an example that needs a Jupyter kernel shows the bundle instead).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as api from "../src/index.ts";
import { scope } from "./docExampleScope.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

interface Example {
  file: string;
  line: number;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
    .map((f) => join(dir, f))
    .sort();
}

/** Every `@example` block of every doc comment under src/. */
function examples(): Example[] {
  const out: Example[] = [];
  for (const path of sourceFiles(join(root, "src"))) {
    const text = readFileSync(path, "utf8");
    for (const m of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
      const lines = m[1].split("\n").map((l) => l.replace(/^\s*\* ?/, ""));
      const at = lines.findIndex((l) => l.startsWith("@example"));
      if (at < 0) continue;
      const code: string[] = [];
      for (let k = at + 1; k < lines.length && !lines[k].startsWith("@"); k++) code.push(lines[k]);
      const line = text.slice(0, m.index).split("\n").length + at;
      out.push({ file: relative(root, path), line, code: code.join("\n").trim() });
    }
  }
  return out;
}

/** A literal comment as a value, or undefined when the comment is prose. */
function literal(comment: string): { value: unknown } | undefined {
  const c = comment.trim();
  if (!/^(-?\d|"|'|\[|\{|true\b|false\b|undefined\b|null\b)/.test(c)) return undefined;
  try {
    return { value: new Function(`return (${c});`)() };
  } catch {
    return undefined;
  }
}

/** Decimals shown for each number in a literal comment, walking the same shape. */
function agrees(actual: unknown, expected: unknown, comment: string): boolean {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return false;
    const shown = comment.match(/-?\d+(\.\d+)?(e-?\d+)?/g) ?? [];
    const text = shown.find((s) => Number(s) === expected);
    const decimals = text && !text.includes("e") ? (text.split(".")[1]?.length ?? 0) : 15;
    return Math.abs(actual - expected) <= 0.5 * 10 ** -decimals + 1e-12;
  }
  if (Array.isArray(expected)) return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => agrees(actual[i], e, comment));
  if (expected && typeof expected === "object") {
    if (!actual || typeof actual !== "object") return false;
    const keys = Object.keys(expected);
    return keys.length === Object.keys(actual).length && keys.every((k) => agrees((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], comment));
  }
  return Object.is(actual, expected);
}

/** Checks used by the transformed examples. */
const checks = {
  value(actual: unknown, comment: string, where: string): void {
    const lit = literal(comment);
    if (lit && !agrees(actual, lit.value, comment)) throw new Error(`${where}: example says ${comment.trim()}, got ${JSON.stringify(actual)}`);
  },
  throws(run: () => unknown, message: string, where: string): void {
    try {
      run();
    } catch (e) {
      if ((e as Error).message === message) return;
      throw new Error(`${where}: expected the error ${JSON.stringify(message)}, got ${JSON.stringify((e as Error).message)}`);
    }
    throw new Error(`${where}: expected the error ${JSON.stringify(message)}, but nothing was thrown`);
  },
};
(globalThis as Record<string, unknown>).__docChecks = checks;

/** Turns checkable `expression; // value` lines into checks. */
function transform(ex: Example): string {
  return ex.code
    .split("\n")
    .map((line, k) => {
      const m = /^(?!\s*(?:const|let|var|await|import|return)\b)(.*?\S)\s*;?\s*\/\/\s*(.+)$/.exec(line);
      if (!m) return line;
      const where = JSON.stringify(`${ex.file}:${ex.line + 1 + k}`);
      const thrown = /^throws\s+("(?:[^"\\]|\\.)*")\s*$/.exec(m[2]);
      if (thrown) return `__docChecks.throws(() => (${m[1]}), ${thrown[1]}, ${where});`;
      if (!literal(m[2])) return line;
      return `__docChecks.value((${m[1]}), ${JSON.stringify(m[2])}, ${where});`;
    })
    .join("\n");
}

/** The example as a module: the names it uses bound from the API, its own file and the scope. */
async function moduleText(ex: Example): Promise<string> {
  const own = (await import(pathToFileURL(join(root, ex.file)).href)) as Record<string, unknown>;
  const words = new Set(ex.code.match(/[A-Za-z_$][\w$]*/g) ?? []);
  const declared = new Set<string>();
  for (const m of ex.code.matchAll(/\b(?:const|let|var)\s+(\{[^}]*\}|[\w$]+)/g)) for (const n of m[1].match(/[\w$]+/g) ?? []) declared.add(n);
  const fromApi = [...words].filter((w) => !declared.has(w) && (w in api || w in own));
  const fromScope = [...words].filter((w) => !declared.has(w) && !fromApi.includes(w) && w in scope);
  return [
    `import * as __api from ${JSON.stringify(pathToFileURL(join(root, "src/index.ts")).href)};`,
    `import * as __own from ${JSON.stringify(pathToFileURL(join(root, ex.file)).href)};`,
    `import { scope as __scope } from ${JSON.stringify(pathToFileURL(join(root, "tests/docExampleScope.ts")).href)};`,
    `import { readFileSync } from "node:fs";`,
    `const __docChecks = (globalThis as any).__docChecks;`,
    `const __all: any = { ...__api, ...__own };`,
    ...fromApi.filter((n) => n !== "readFileSync").map((n) => `const ${n} = __all.${n};`),
    ...fromScope.map((n) => `const ${n} = (__scope as any).${n};`),
    `void readFileSync;`,
    transform(ex),
    `export {};`,
  ].join("\n");
}

describe("the @examples in src/ run", () => {
  const all = examples();
  const cwd = process.cwd();
  let work = "";
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "plenary-examples-"));
    for (const d of ["scenarios", "data"]) symlinkSync(join(root, d), join(work, d));
    mkdirSync(join(work, "models"));
    mkdirSync(join(work, "out"));
    copyFileSync(join(root, "models/default.json"), join(work, "models/default.json"));
    process.chdir(work);
  });
  afterAll(() => {
    process.chdir(cwd);
    rmSync(work, { recursive: true, force: true });
  });

  it("finds them", () => {
    expect(all.length).toBeGreaterThanOrEqual(50);
  });

  for (const ex of all) {
    const run = async () => {
      const file = join(work, `${ex.file.replace(/[/.]/g, "_")}_${ex.line}.ts`);
      writeFileSync(file, await moduleText(ex));
      await import(pathToFileURL(file).href);
    };
    it(`${ex.file}:${ex.line}`, run);
  }
});
