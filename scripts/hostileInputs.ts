/**
 * Hostile inputs (issue #24): about 285 command lines and 71 library calls
 * an attacker or a careless user would try, rebuilt from the issue's text,
 * all run and checked. Each command line runs the real executable under
 * GNU time; it is reported when it takes over 5 s of CPU time (user +
 * system; the wall clock is reported too, as on a shared machine it also
 * counts other jobs; a few lines that do real work, such as fitting a model,
 * have a stated larger budget), uses over 1 GB of memory (maximum RSS), or
 * is unclean: a crash or signal, an internal error, a stack trace, more than
 * one error line, a usage text, a refusal that wrote its output anyway, or a
 * temporary file left behind. Each library call runs in this process and
 * must be refused with a PlenaryError (with a code) in under 5 s.
 *
 * Run: `npm run build && npx tsx scripts/hostileInputs.ts [--only WORD] [--json]`
 * (TMPDIR and XDG_CACHE_HOME are honoured; everything is written under a
 * fresh temporary folder, removed at the end). Exits 1 when anything is
 * reported.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as api from "../src/index.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(ROOT, "bin", "plenary.js");
const TIME = "/usr/bin/time";
const LIMIT_S = 5;
const LIMIT_KB = 1024 * 1024; // 1 GB

const argv = process.argv.slice(2);
const only = argv.includes("--only") ? argv[argv.indexOf("--only") + 1] : undefined;
const asJson = argv.includes("--json");

const W = mkdtempSync(join(tmpdir(), "plenary-hostile-"));
const at = (...p: string[]) => join(W, ...p);
const write = (name: string, value: unknown): string => {
  const path = at(name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, typeof value === "string" ? value : JSON.stringify(value));
  return path;
};

// --- fixtures -------------------------------------------------------------
const SPEC = JSON.parse(readFileSync(join(ROOT, "scenarios", "es-11-4.json"), "utf8"));
const SMALL = { ...SPEC, draws: 200 };
const SCENARIO = { forecast: SMALL as api.ForecastSpec, lists: { swing: { members: ["IND", "ZAF", "BRA"] } }, interventions: [{ by: "USA", toward: "Y" as const, targets: { list: "swing" }, strength: 1 }] };
execFileSync("mkfifo", [at("fifo.json")]);
mkdirSync(at("folder.json"));
symlinkSync("/dev/zero", at("zero-link.json"));
writeFileSync(at("empty.json"), "");
const CHART = { data: { values: [{ a: "x", b: 1 }, { a: "y", b: 2 }] }, mark: "bar", encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } } };
const chartFile = write("chart.vl.json", CHART);
mkdirSync(at("allowed"));
writeFileSync(at("allowed", "ok.csv"), "a,b\nx,1\n");
execFileSync("mkfifo", [at("allowed", "pipe.csv")]);
symlinkSync("/dev/zero", at("allowed", "zero.csv"));
symlinkSync("/etc/passwd", at("allowed", "out.csv"));
writeFileSync(at("allowed", "img.png"), Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"));
writeFileSync(at("afile"), "x");
mkdirSync(at("readonly"));
chmodSync(at("readonly"), 0o555);

/** One command line: its arguments, what it must do, and the files a refusal must not leave. */
interface Line {
  family: string;
  args: string[];
  /** "refuse": exit 1 with one `plenary:` line; "ok": exit 0; "either": either, cleanly. */
  expect: "refuse" | "ok" | "either";
  /** Output files that must not exist after a refusal (all or none). */
  absent?: string[];
  /** A larger time budget, in seconds, for a line that does real work (a fit), with the reason. */
  budget?: { seconds: number; why: string };
  /** Run just before the command line (e.g. to edit a cache file behind the cache's back). */
  before?: () => void;
  /** Extra check of the outcome; returns a problem or null. */
  check?: (r: { stdout: string; stderr: string }) => string | null;
}
const lines: Line[] = [];
const add = (family: string, args: string[], expect: Line["expect"], more: Partial<Line> = {}) => lines.push({ family, args, expect, ...more });

// 1. special files at every door that reads a file
const SPECIAL = ["/dev/zero", "/dev/null", "/dev/urandom", at("fifo.json"), at("folder.json"), at("zero-link.json"), at("empty.json"), at("missing.json"), "/proc/self/mem"];
for (const f of SPECIAL) {
  add("special files", ["forecast", f], "refuse");
  add("special files", ["scenario", f], "refuse");
  add("special files", ["positions", "USA", "--model", f], "refuse");
  add("special files", ["chart", f, "--out", at("special.svg")], "refuse", { absent: [at("special.svg")] });
  add("special files", ["data", "build", "--official", f, "--out", at("data-special")], "refuse", { absent: [at("data-special")] });
  add("special files", ["scenario", write(`sc-special-${SPECIAL.indexOf(f)}.json`, { ...SCENARIO, forecast: f })], "refuse");
}
// a FIFO named as a cache entry (checksum and all) is refused, never read
const cacheFifo = at("cache-fifo");
mkdirSync(cacheFifo);
execFileSync("mkfifo", [join(cacheFifo, `model-v${api.MODEL_VERSION}-${api.loadAssembly().fingerprint}-cutoff-2022-10-10-from-1992-10-10-0123456789abcdef.json`)]);
add("special files", ["forecast", write("cache-asof.json", { ...SMALL, asOf: "2022-10-10" }), "--cache-dir", cacheFifo], "refuse");

// 2. sizes: every text field and symbol
for (const n of [1_000, 20_001, 100_001, 5_000_000]) {
  const s = "W".repeat(n);
  add("sizes", ["forecast", write(`title-${n}.json`, { ...SMALL, title: s, like: undefined })], n <= 1_000 ? "either" : "refuse", n <= 1_000 ? { budget: { seconds: 30, why: "finds resembling votes for a 1,000-character title" } } : {});
  add("sizes", ["forecast", write(`text-${n}.json`, { ...SMALL, text: s })], n <= 1_000 ? "ok" : "refuse");
  add("sizes", ["forecast", write(`like-${n}.json`, { ...SMALL, like: [s] })], "refuse");
  add("sizes", ["forecast", write(`session-${n}.json`, { ...SMALL, session: s })], "refuse");
  add("sizes", ["forecast", write(`known-${n}.json`, { ...SMALL, known: { [s]: "Y" } })], "refuse");
  add("sizes", ["scenario", write(`sctitle-${n}.json`, { ...SCENARIO, title: s })], n <= 1_000 ? "either" : "refuse", n <= 1_000 ? { budget: { seconds: 30, why: "runs the scenario" } } : {});
  add("sizes", ["scenario", write(`sclabel-${n}.json`, { ...SCENARIO, interventions: [{ ...SCENARIO.interventions[0], label: s }] })], "refuse");
  add("sizes", ["scenario", write(`sclist-${n}.json`, { ...SCENARIO, lists: { [s]: { members: ["IND"] } }, interventions: [{ ...SCENARIO.interventions[0], targets: { list: s } }] })], "refuse");
  if (n <= 100_001) {
    add("sizes", ["votes", `A/RES/${"7".repeat(n)}`], "refuse");
    add("sizes", ["positions", "U".repeat(n)], "refuse");
  }
}
add("sizes", ["forecast", write("big-file.json", `{"title":"t","asOf":"2022-10-11","pad":"${"x".repeat(25 * 1024 * 1024)}"}`)], "refuse");
add("sizes", ["forecast", write("many-like.json", { ...SMALL, like: Array.from({ length: 5000 }, (_, i) => `A/RES/77/${i}`) })], "refuse");
add("sizes", ["forecast", write("many-keys.json", { ...SMALL, ...Object.fromEntries(Array.from({ length: 200_000 }, (_, i) => [`k${i}`, i])) })], "refuse");

// 3. nesting
for (const depth of [100, 10_000, 100_000]) {
  const arr = `${"[".repeat(depth)}1${"]".repeat(depth)}`;
  const obj = `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}`;
  add("nesting", ["forecast", write(`deep-known-${depth}.json`, `{"title":"t","asOf":"2022-10-11","known":${obj}}`)], "refuse");
  add("nesting", ["forecast", write(`deep-like-${depth}.json`, `{"title":"t","asOf":"2022-10-11","like":${arr}}`)], "refuse");
  add("nesting", ["scenario", write(`deep-lists-${depth}.json`, `{"forecast":"x.json","lists":${obj},"interventions":[]}`)], "refuse");
  add("nesting", ["scenario", write(`deep-iv-${depth}.json`, `{"forecast":"x.json","interventions":${arr}}`)], "refuse");
  add("nesting", ["scenario", write(`deep-fc-${depth}.json`, `{"forecast":${obj},"interventions":[]}`)], "refuse");
  add("nesting", ["chart", write(`deep-chart-${depth}.vl.json`, `{"mark":"point","data":{"values":${arr}}}`), "--out", at("deep.svg")], "refuse", { absent: [at("deep.svg")] });
  add("nesting", ["positions", "USA", "--model", write(`deep-model-${depth}.json`, `{"format":"plenary-model","version":1,"states":${arr}}`)], "refuse");
}

// 4. prototype keys
const KEYS = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf", "isPrototypeOf", "__defineGetter__", "prototype"];
for (const key of KEYS) {
  const k = JSON.stringify(key);
  add("prototype keys", ["scenario", write(`proto-target-${key}.json`, `{"forecast":${JSON.stringify(SMALL)},"lists":{},"interventions":[{"by":"USA","toward":"Y","targets":{"list":${k}},"strength":1}]}`)], "refuse");
  add("prototype keys", ["scenario", write(`proto-list-${key}.json`, `{"forecast":${JSON.stringify(SMALL)},"lists":{${k}:{"members":["IND"]}},"interventions":[{"by":"USA","toward":"Y","targets":{"list":${k}},"strength":1}]}`)], key === "__proto__" ? "refuse" : "either", key === "__proto__" ? {} : { budget: { seconds: 30, why: "runs the scenario" } });
  add("prototype keys", ["forecast", write(`proto-known-${key}.json`, `{"title":"t","asOf":"2022-10-11","known":{${k}:"Y"}}`)], "refuse");
  add("prototype keys", ["scenario", write(`proto-sus-${key}.json`, `{"forecast":${JSON.stringify(SMALL)},"interventions":[{"by":"USA","toward":"Y","targets":["IND"],"strength":1,"susceptibility":{${k}:1}}]}`)], "refuse");
}

// 5. charts: sizes, rows, texts, scales, data and image loads
const chart = (name: string, spec: unknown) => write(`${name}.vl.json`, spec);
for (const size of [1e5, 1e7, 1e9]) {
  for (const ext of ["svg", "png", "html", "vl.json"]) {
    const out = at(`huge-${size}-out.${ext}`);
    add("charts", ["chart", chart(`huge-${size}`, { ...CHART, width: size, height: size }), "--out", out], "refuse", { absent: [out] });
  }
}
for (const rows of [1e5 + 1, 1e6, 1e8, 1e12]) {
  const out = at(`seq-${rows}.png`);
  add("charts", ["chart", chart(`seq-${rows}`, { data: { sequence: { start: 0, stop: rows } }, mark: "tick", encoding: { x: { field: "data", type: "quantitative" } } }), "--out", out], "refuse", { absent: [out] });
}
for (const n of [2_001, 10_001, 1_000_000]) {
  for (const ext of ["svg", "png"]) {
    const out = at(`text-${n}.${ext}`);
    add("charts", ["chart", chart(`text-${n}`, { data: { values: [{ t: "W".repeat(n) }] }, mark: "text", encoding: { text: { field: "t" } } }), "--out", out], "refuse", { absent: [out] });
  }
}
add("charts", ["chart", chart("title-long", { ...CHART, title: "T".repeat(20_000) }), "--out", at("title-long.svg")], "refuse", { absent: [at("title-long.svg")] });
add("charts", ["chart", chart("graticule", { data: { graticule: { step: [0.001, 0.001] } }, mark: "geoshape", projection: { type: "equalEarth" } }), "--out", at("grat.svg")], "refuse", { absent: [at("grat.svg")] });
add("charts", ["chart", chart("density", { data: { values: [{ a: 1 }, { a: 2 }] }, transform: [{ density: "a", steps: 1e8 }], mark: "line", encoding: { x: { field: "value", type: "quantitative" }, y: { field: "density", type: "quantitative" } } }), "--out", at("dens.svg")], "refuse", { absent: [at("dens.svg")] });
add("charts", ["chart", chart("bins", { data: { values: [{ a: 1 }, { a: 2 }] }, mark: "bar", encoding: { x: { field: "a", bin: { maxbins: 1e9 }, type: "quantitative" }, y: { aggregate: "count" } } }), "--out", at("bins.svg")], "refuse", { absent: [at("bins.svg")] });
add("charts", ["chart", chart("pixels", { ...CHART, width: 15_000, height: 15_000 }), "--out", at("pixels.png")], "refuse", { absent: [at("pixels.png")] });
for (const scale of ["0", "1e-9", "-1", "9", "NaN", "abc", "", "Infinity", "0.05"]) {
  add("charts", ["chart", chartFile, "--out", at("scale.png"), "--scale", scale], "refuse", { absent: [at("scale.png")] });
}
for (const scale of ["0.1", "8"]) add("charts", ["chart", chartFile, "--out", at(`scale-${scale}.png`), "--scale", scale], "ok");
for (const out of [at("x.pdf"), at("x"), at("x.svg.tmp"), "", at("afile", "x.svg"), at("folder.json")]) {
  add("charts", ["chart", chartFile, "--out", out], "refuse");
}
for (const url of ["ok.csv", "../afile", at("afile"), `file://${at("afile")}`, "http://127.0.0.1:9/x.csv", "//example.org/x.csv", "pipe.csv", "zero.csv", "out.csv", "missing.csv", "data:text/csv,a%0A1"]) {
  const spec = chart(`url-${url.replace(/[^a-z0-9]/gi, "_")}`, { data: { url, format: { type: "csv" } }, mark: "point", encoding: { x: { field: "a", type: "nominal" } } });
  const out = at(`url-${url.replace(/[^a-z0-9]/gi, "_")}.svg`);
  const outDenied = at(`url-${url.replace(/[^a-z0-9]/gi, "_")}-denied.svg`);
  add("charts", ["chart", spec, "--out", out, "--allow-data-dir", at("allowed")], url === "ok.csv" ? "ok" : "refuse", url === "ok.csv" ? {} : { absent: [out] });
  add("charts", ["chart", spec, "--out", outDenied], "refuse", { absent: [outDenied] });
}
for (const dir of ["", at("afile"), at("missing"), "/dev/zero"]) add("charts", ["chart", chartFile, "--out", at("d.svg"), "--allow-data-dir", dir], "refuse", { absent: [at("d.svg")] });
add("charts", ["chart", chart("image", { data: { values: [{ u: "img.png" }] }, mark: { type: "image", width: 20, height: 20 }, encoding: { url: { field: "u" } } }), "--out", at("image.svg"), "--allow-data-dir", at("allowed")], "ok", {
  check: () => (readFileSync(at("image.svg"), "utf8").includes(W) ? "the SVG carries the absolute local path of the image" : null),
});
for (const bad of ["[]", "42", '"x"', "null", '{"mark":"bars"}', '{"mark":"point","data":{"values":"x"}}', "{not json"]) {
  add("charts", ["chart", write(`bad-${lines.length}.vl.json`, bad), "--out", at("bad.svg")], "refuse", { absent: [at("bad.svg")] });
}

// 6. options and usage, checked before any work
for (const args of [
  ["nosuch"], ["forecast"], ["scenario"], ["votes"], ["positions"], ["chart"], ["chart", chartFile], ["forecast", "--bogus", "x.json"],
  ["votes", "--json", "--bogus", "ES-11/4"], ["backtest", "--draws"], ["backtest", "extra"], ["data", "nosuch"], ["fit", "--dims"], ["--bogus"], ["help", "nosuch"],
]) add("usage", args, "refuse", { check: (r) => (/Usage:/.test(r.stderr) ? "prints the usage text on an error" : null) });
// a bare `plenary` prints the help (commander's exit code 1): the one line allowed to print the usage text
lines.push({ family: "usage", args: [], expect: "either", check: (r) => (/^Usage: plenary/.test(r.stdout + r.stderr) ? null : "no help for a bare plenary") });
for (const draws of ["0", "99", "1000001", "1e9", "-1", "abc", "1.5", " ", "0x10"]) add("options", ["backtest", "--draws", draws], "refuse");
for (const sessions of ["0-999", "abc", "70-", "-71", "70,,71", "1e3", "70-9999999999", "0", "201"]) add("options", ["backtest", "--sessions", sessions], "refuse");
add("options", ["backtest", "--sessions", "70-71", "--emergency"], "refuse");
add("options", ["backtest", "--sessions", "150-151"], "refuse");
for (const seed of ["4294967296", "-1", "1e300", "abc", "1.5", ""]) {
  add("options", ["backtest", "--seed", seed], "refuse");
  add("options", ["fit", "--seed", seed, "--out", at("fit.json")], "refuse", { absent: [at("fit.json")] });
}
for (const chartPath of [at("x.pdf"), at("x"), ""]) {
  add("options", ["backtest", "--chart", chartPath], "refuse");
  add("options", ["forecast", write("opt-spec.json", SMALL), "--chart", chartPath], "refuse");
  add("options", ["scenario", write("opt-sc.json", SCENARIO), "--chart", chartPath], "refuse");
  add("options", ["scenario", write("opt-sc.json", SCENARIO), "--curve-chart", chartPath], "refuse");
  add("options", ["positions", "USA", "--chart", chartPath], "refuse");
}
add("options", ["scenario", write("opt-sc.json", SCENARIO), "--curve-chart", at("curve.svg")], "refuse", { absent: [at("curve.svg")] });
add("options", ["scenario", write("opt-sc.json", SCENARIO), "--chart", at("same.svg"), "--curve-chart", at("same.svg")], "refuse", { absent: [at("same.svg")] });
for (const top of ["0", "201", "abc", "1.5", "-3"]) add("options", ["scenario", write("opt-sc.json", SCENARIO), "--top", top], "refuse");
add("options", ["forecast", write("opt-spec.json", SMALL), "--cache-dir", ""], "refuse");
for (const dims of ["0", "3", "abc"]) add("options", ["fit", "--dims", dims], "refuse");
for (const d of ["2022-13-01", "abc", "1900-02-30"]) add("options", ["fit", "--from", d], "refuse");
for (const sd of ["0", "-1", "6", "abc"]) add("options", ["fit", "--walk-sd", sd], "refuse");
add("options", ["fit", "--out", at("fit.txt")], "refuse");
add("options", ["positions", "USA", "--chart", at("p.svg"), "AFG", "AGO", "ALB", "AND", "ARE", "ARG", "ARM", "ATG", "AUS", "AUT"], "refuse", { absent: [at("p.svg")] });

// 7. values in specs and scenarios
for (const asOf of ["1900-01-01", "1946-01-01", "9999-12-31", "2030-01-01", "2022-13-01", "2022-02-30", "", "20221011", "2022-10-11T00:00"]) add("values", ["forecast", write(`asof-${lines.length}.json`, { ...SMALL, asOf })], "refuse");
for (const seed of [4294967296, 1e300, -1, 1.5, "1", null]) add("values", ["forecast", write(`seed-${lines.length}.json`, { ...SMALL, seed })], "refuse");
for (const draws of [0, 99, 1e7, 1.5, "200"]) add("values", ["forecast", write(`draws-${lines.length}.json`, { ...SMALL, draws })], "refuse");
for (const actual of [{ yes: 1000, no: 1000, abstain: 1000, absent: 1000 }, { yes: -1, no: 5, abstain: 35, absent: 154 }, { yes: 143, no: 5, abstain: 35, absent: 11 }, { yes: 143, no: 5, abstain: 35 }, { yes: 1.5, no: 5, abstain: 35, absent: 10 }]) {
  add("values", ["forecast", write(`actual-${lines.length}.json`, { ...SMALL, actual })], "refuse");
}
for (const by of ["SUN", "YUG", "DDR", "CSK", "XXX", "usa", ["USA", "SUN"], []]) add("values", ["scenario", write(`by-${lines.length}.json`, { ...SCENARIO, interventions: [{ ...SCENARIO.interventions[0], by }] })], "refuse");
for (const known of [{ SUN: "Y" }, { XXX: "Y" }, { USA: "maybe" }, { usa: "Y" }]) add("values", ["forecast", write(`known-${lines.length}.json`, { ...SMALL, known })], "refuse");
for (const like of [["A/RES/77/999"], ["A/RES/ES-11/4"], ["A/RES/ES-11/1", "ES-11/1"], ["A/RES/ES-11/44"], [""], [42]]) add("values", ["forecast", write(`likev-${lines.length}.json`, { ...SMALL, like })], "refuse");
for (const session of ["ES-", "ES-999", "78a", "-1", "S-"]) add("values", ["forecast", write(`session-v-${lines.length}.json`, { ...SMALL, session })], "refuse");
for (const over of [{ rule: "unanimity" }, { dims: 3 }, { issue: "xx" }, { voteDate: "2022-10-01" }, { extra: 1 }, { title: "" }, { title: 42 }]) add("values", ["forecast", write(`over-${lines.length}.json`, { ...SMALL, ...over })], "refuse");
for (const over of [{ strength: -1 }, { strength: 1e9 }, { toward: "maybe" }, { susceptibility: -1 }, { susceptibility: { USA: 99 } }, { targets: [] }, { targets: { group: [] } }, { targets: { mostPersuadable: 1e9 } }]) {
  add("values", ["scenario", write(`iv-${lines.length}.json`, { ...SCENARIO, interventions: [{ ...SCENARIO.interventions[0], ...over }] })], "refuse");
}
for (const over of [{ curve: { from: 2, to: 1 } }, { curve: { to: 2, points: 1e9 } }, { curve: { intervention: 5, to: 2 } }, { targets: { k: 1e9 } }, { observed: { match: "yes" } }, { forecast: "" }, { forecast: "missing.json" }]) {
  add("values", ["scenario", write(`sco-${lines.length}.json`, { ...SCENARIO, ...over })], "refuse");
}
const badForecastFile = write("bad-forecast.json", { ...SMALL, asOf: "2022-13-01" });
add("values", ["scenario", write("sc-badref.json", { ...SCENARIO, forecast: "bad-forecast.json" })], "refuse", { check: (r) => (r.stderr.includes(JSON.stringify(badForecastFile)) ? null : "does not name the scenario's forecast file") });
const model = JSON.parse(readFileSync(join(ROOT, "models", "default.json"), "utf8"));
const badModel = (name: string, edit: (m: typeof model) => void) => {
  const m = structuredClone(model);
  edit(m);
  return write(`model-${name}.json`, m);
};
for (const [name, edit] of [
  ["year-2945", (m: typeof model) => (m.states[0].periods[m.states[0].periods.length - 1] = 1000)],
  ["mean-1e308", (m: typeof model) => (m.states[0].mean[0][0] = 1e308)],
  ["positions-1e300", (m: typeof model) => m.states.forEach((s: { mean: number[][] }) => s.mean.forEach((r) => (r[0] = 1e300)))],
  ["beta-1e300", (m: typeof model) => (m.rollCalls[0].beta[0] = 1e300)],
  ["sd-negative", (m: typeof model) => (m.states[0].sd[0][0] = -1)],
  ["fingerprint", (m: typeof model) => (m.fingerprint = "0")],
  ["version", (m: typeof model) => (m.version = 99)],
] as const) add("values", ["positions", "USA", "--model", badModel(name, edit)], "refuse");
// a cached model edited behind the cache's back (every position 1e300, fingerprint unchanged) is refused
const cacheDir = at("cache-edit");
add("values", ["forecast", write("cache-edit.json", { ...SMALL, asOf: "2022-10-10" }), "--cache-dir", cacheDir, "--json"], "ok", { budget: { seconds: 60, why: "fits a model (no committed model for 2022-10-10)" } });
lines.push({
  family: "values",
  args: ["forecast", at("cache-edit.json"), "--cache-dir", cacheDir],
  expect: "refuse",
  before: () => {
    for (const f of readdirSync(cacheDir)) {
      const m = JSON.parse(readFileSync(join(cacheDir, f), "utf8"));
      for (const st of m.states) for (const row of st.mean) row.fill(1e300);
      writeFileSync(join(cacheDir, f), JSON.stringify(m) + "\n"); // same name, same fingerprint
    }
  },
  check: (r) => (/checksum|must be in/.test(r.stderr) ? null : "an edited cache entry was used"),
});
// the same spec and seed: byte-identical --json (provenance aside) on the first and second run, and without a cache
const sameDir = at("cache-same");
const sameSpec = write("same.json", { title: "Human rights in Myanmar", asOf: "2021-06-01", draws: 1000 });
const runs: string[] = [];
const keep = (r: { stdout: string }) => {
  try {
    runs.push(JSON.stringify({ ...JSON.parse(r.stdout), provenance: undefined }));
  } catch {
    runs.push(`not JSON: ${r.stdout.slice(0, 80)}`);
  }
  return runs.length === 3 && new Set(runs).size !== 1 ? "the first run, the second run and a run without a cache differ" : null;
};
add("same answer twice", ["forecast", sameSpec, "--json", "--cache-dir", sameDir], "ok", { budget: { seconds: 60, why: "fits a model (first run, empty cache)" }, check: keep });
add("same answer twice", ["forecast", sameSpec, "--json", "--cache-dir", sameDir], "ok", { check: keep });
add("same answer twice", ["forecast", sameSpec, "--json", "--no-cache"], "ok", { budget: { seconds: 60, why: "fits a model (no cache)" }, check: keep });

// 8. all or none, file errors in words
mkdirSync(at("fc", "x-map.svg"), { recursive: true });
add("all or none", ["forecast", write("fc.json", SMALL), "--chart", at("fc", "x.svg")], "refuse", { absent: [at("fc", "x.svg"), at("fc", "x-states.svg")], check: (r) => (r.stderr.includes(".tmp") ? "names a temporary file" : null) });
mkdirSync(at("fc2", "x-states.png"), { recursive: true });
add("all or none", ["forecast", write("fc.json", SMALL), "--chart", at("fc2", "x.png")], "refuse", { absent: [at("fc2", "x.png"), at("fc2", "x-map.png")] });
mkdirSync(at("sc", "curve.svg"), { recursive: true });
const curveScenario = write("curve-sc.json", { ...SCENARIO, curve: { to: 2, points: 3 } });
add("all or none", ["scenario", curveScenario, "--chart", at("sc", "s.svg"), "--curve-chart", at("sc", "curve.svg")], "refuse", { absent: [at("sc", "s.svg")] });
add("all or none", ["forecast", write("fc.json", SMALL), "--chart", at("afile", "x.svg")], "refuse", { check: (r) => (/EEXIST: file already exists|\.tmp/.test(r.stderr) ? "not in words" : null) });
add("all or none", ["chart", chartFile, "--out", at("afile", "sub", "x.svg")], "refuse");
add("all or none", ["chart", chartFile, "--out", at("readonly", "x.svg")], "either", { check: (r) => (r.stderr.includes(".tmp") ? "names a temporary file" : null) });
add("all or none", ["fit", "--from", "2022-01-01", "--until", "2022-10-13", "--out", at("afile", "m.json")], "refuse", { budget: { seconds: 30, why: "fits a small model before writing" } });
add("all or none", ["data", "build", "--official", "/nonexistent.csv", "--out", at("data-x")], "refuse", { check: (r) => (/no such file or folder \(ENOENT\)/.test(r.stderr) ? null : "ENOENT not in words") });
add("all or none", ["positions", "USA", "--chart", at("afile", "p.svg")], "refuse");

// 9. controls: valid lines stay valid
add("controls", ["votes", "ES-11/4"], "ok");
add("controls", ["votes", "a/res/es-11/4", "--json"], "ok");
add("controls", ["forecast", write("control.json", SMALL), "--json"], "ok");
add("controls", ["chart", chartFile, "--out", at("control.png")], "ok");
add("controls", ["positions", "USA", "RUS"], "ok");
add("controls", ["data", "info"], "ok");
add("controls", ["--version"], "ok");

// --- run the command lines ------------------------------------------------
interface Outcome {
  family: string;
  line: string;
  /** CPU seconds (user + system). */
  seconds: number;
  wallSeconds: number;
  megabytes: number;
  status: number | null;
  problems: string[];
}
const shown = (args: string[]) => args.map((a) => (a.length > 60 ? `${JSON.stringify(a.slice(0, 30))}...(${a.length} chars)` : a.startsWith(W) ? a.replace(W, "$W") : a)).join(" ");
const outcomes: Outcome[] = [];
const tempLeft = () => {
  const found: string[] = [];
  const walk = (d: string) => {
    let entries: string[] = [];
    try {
      entries = readdirSync(d);
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e);
      if (/\.tmp$|\.bak$/.test(e)) found.push(p);
      try {
        if (statSync(p).isDirectory() && !p.startsWith("/proc")) walk(p);
      } catch {
        // a dangling link or a FIFO
      }
    }
  };
  walk(W);
  return found;
};

for (const l of lines) {
  if (only && !l.family.includes(only) && !l.args.join(" ").includes(only)) continue;
  l.before?.();
  const r = spawnSync(TIME, ["-f", "__time %e %M %U %S", process.execPath, BIN, ...l.args], {
    encoding: "utf8",
    cwd: W,
    env: { ...process.env, TZ: "UTC", XDG_CACHE_HOME: at("xdg") },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  const stderrLines = (r.stderr ?? "").split("\n");
  const timeLine = [...stderrLines].reverse().find((x: string) => x.startsWith("__time "));
  const [, wall, kb, user, sys] = timeLine ? timeLine.split(" ") : ["", "NaN", "NaN", "NaN", "NaN"];
  const stderr = stderrLines.filter((x) => !x.startsWith("__time ") && !/^Command (exited|terminated)/.test(x)).join("\n").replace(/\n+$/, "\n");
  const problems: string[] = [];
  // the budget is on CPU time (user + system): on this shared machine the wall clock also counts other jobs' turns
  const seconds = Math.round((Number(user) + Number(sys)) * 100) / 100;
  const wallSeconds = Number(wall);
  const megabytes = Number(kb) / 1024;
  const status = r.error ? null : (r.status ?? null);
  if (r.error) problems.push(`did not finish: ${(r.error as Error).message}`);
  if (/Command terminated by signal|Command exited with non-zero status (?!1$)/.test(r.stderr ?? "") && status !== 1) problems.push(`exit ${status}`);
  if (status !== null && status !== 0 && status !== 1) problems.push(`exit ${status}`);
  if (l.expect === "refuse" && status === 0) problems.push("accepted, expected a refusal");
  if (l.expect === "ok" && status !== 0) problems.push(`refused, expected success: ${stderr.trim().slice(0, 160)}`);
  const errorLines = stderr.split("\n").filter((x) => x.trim() !== "" && !x.startsWith("plenary: warning:") && !/^fitting|^backtest|\r/.test(x));
  if (status === 1 && l.args.length > 0 && !(errorLines.length === 1 && errorLines[0].startsWith("plenary: "))) problems.push(`not one plenary: line: ${JSON.stringify(stderr.slice(0, 200))}`);
  if (/internal error|^\s+at .*:\d+:\d+\)?$|RangeError|TypeError|Maximum call stack/m.test(stderr)) problems.push(`unclean: ${stderr.trim().slice(0, 200)}`);
  const budget = l.budget?.seconds ?? LIMIT_S;
  if (!(seconds <= budget)) problems.push(`took ${seconds} s of CPU (${wallSeconds} s wall; budget ${budget} s${l.budget ? `: ${l.budget.why}` : ""})`);
  if (!(Number(kb) <= LIMIT_KB)) problems.push(`used ${megabytes.toFixed(0)} MB`);
  if (status === 1) for (const f of l.absent ?? []) if (existsSync(f) && !statSync(f).isDirectory()) problems.push(`half-written: ${f.replace(W, "$W")} exists after a refusal`);
  const temps = tempLeft();
  if (temps.length > 0) problems.push(`temporary files left: ${temps.map((t) => t.replace(W, "$W")).join(", ")}`);
  const extra = l.check?.({ stdout: r.stdout ?? "", stderr });
  if (extra) problems.push(extra);
  outcomes.push({ family: l.family, line: shown(l.args), seconds, wallSeconds, megabytes, status, problems });
  if (!asJson) process.stderr.write(`${problems.length ? "FAIL" : "ok  "} ${seconds.toFixed(2).padStart(6)} s cpu ${wallSeconds.toFixed(2).padStart(6)} s wall ${megabytes.toFixed(0).padStart(5)} MB  ${shown(l.args).slice(0, 140)}${problems.length ? `\n       ${problems.join("\n       ")}` : ""}\n`);
}

// --- library calls ------------------------------------------------------------
const assembly = api.loadAssembly();
const CALLS: [string, () => unknown][] = [
  ["forecastResolution(spec, {assembly: {}})", () => api.forecastResolution(SMALL, { assembly: {} as never })],
  ["forecastResolution(spec with actual 1000s)", () => api.forecastResolution({ ...SMALL, actual: { yes: 1000, no: 1000, abstain: 1000, absent: 1000 } }, { assembly })],
  ["forecastResolution(spec, {model: 42})", () => api.forecastResolution(SMALL, { assembly, model: 42 as never })],
  ["prepareForecast(spec, {assembly: []})", () => api.prepareForecast(SMALL, { assembly: [] as never })],
  ["prepareForecast(42)", () => api.prepareForecast(42 as never)],
  ["simulateOutcome({})", () => api.simulateOutcome({} as never)],
  ["findRollCall(a, 42)", () => api.findRollCall(assembly, 42 as never)],
  ["findRollCall(a, 100,000 characters)", () => api.findRollCall(assembly, "A".repeat(100_000))],
  ["findRollCall({}, 'ES-11/4')", () => api.findRollCall({} as never, "ES-11/4")],
  ["writeAtomic(42, 'x')", () => api.writeAtomic(42 as never, "x")],
  ["writeAtomic(path, 42)", () => api.writeAtomic(at("w.txt"), 42 as never)],
  ["writeAtomic(path under a file)", () => api.writeAtomic(at("afile", "w.txt"), "x")],
  ["sessionPeriod('abc', 'xyz')", () => api.sessionPeriod("abc", "xyz")],
  ["sessionPeriod('ES-11', 'xyz')", () => api.sessionPeriod("ES-11", "xyz")],
  ["sessionKind(42)", () => api.sessionKind(42 as never)],
  ["expectedCounts([{pYes: NaN}])", () => api.expectedCounts([{ pYes: NaN, pNo: 0, pAbstain: 0, pAbsent: 0 }])],
  ["expectedCounts(42)", () => api.expectedCounts(42 as never)],
  ["loadModel(123)", () => api.loadModel(123 as never)],
  ["loadModel('/dev/zero')", () => api.loadModel("/dev/zero")],
  ["loadModel(FIFO)", () => api.loadModel(at("fifo.json"))],
  ["loadModel(positions 1e300)", () => api.loadModel(at("model-positions-1e300.json"))],
  ["loadModel(periods to 2945)", () => api.loadModel(at("model-year-2945.json"))],
  ["loadScenario(42)", () => api.loadScenario(42 as never)],
  ["loadScenario(FIFO)", () => api.loadScenario(at("fifo.json"))],
  ["validateScenario(list 'constructor')", () => api.validateScenario({ ...SCENARIO, lists: {}, interventions: [{ ...SCENARIO.interventions[0], targets: { list: "constructor" } }] })],
  ["validateScenario(list 'toString')", () => api.validateScenario({ ...SCENARIO, lists: {}, interventions: [{ ...SCENARIO.interventions[0], targets: { list: "toString" } }] })],
  ["validateScenario(lists nested 100,000 deep)", () => api.validateScenario(JSON.parse(`{"forecast":"x.json","lists":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)},"interventions":[]}`))],
  ["validateScenario(42)", () => api.validateScenario(42)],
  ["runScenario(by SUN in 2022)", () => api.runScenario({ ...SCENARIO, interventions: [{ ...SCENARIO.interventions[0], by: "SUN" }] }, { assembly })],
  ["runScenario(42)", () => api.runScenario(42 as never, { assembly })],
  ["checkSpec(known nested 100,000 deep)", () => api.checkSpec(JSON.parse(`{"title":"t","asOf":"2022-10-11","known":${'{"a":'.repeat(100_000)}1${"}".repeat(100_000)}}`))],
  ["checkSpec(50 MB title)", () => api.checkSpec({ ...SMALL, title: "x".repeat(50_000_000) })],
  ["checkSpec(seed 4294967296)", () => api.checkSpec({ ...SMALL, seed: 4294967296 })],
  ["checkSpec(seed 1e300)", () => api.checkSpec({ ...SMALL, seed: 1e300 })],
  ["checkSpec(100,000-character like)", () => api.checkSpec({ ...SMALL, like: ["A".repeat(100_000)] })],
  ["checkSpec(42)", () => api.checkSpec(42)],
  ["seededRandom(4294967296)", () => api.seededRandom(4294967296)],
  ["seededRandom(1e300)", () => api.seededRandom(1e300)],
  ["seededRandom(-1)", () => api.seededRandom(-1)],
  ["modelForAsOf(a, '1900-01-01')", () => api.modelForAsOf(assembly, "1900-01-01", { cacheDir: null })],
  ["modelForAsOf(a, '9999-12-31')", () => api.modelForAsOf(assembly, "9999-12-31", { cacheDir: null })],
  ["findModelForAsOf(42, '2022-10-11')", () => api.findModelForAsOf(42 as never, "2022-10-11")],
  ["fitIdealPoints(42)", () => api.fitIdealPoints(42 as never)],
  ["fitIdealPoints(a, {seed: -1})", () => api.fitIdealPoints(assembly, { seed: -1 })],
  ["fitAbsence({})", () => api.fitAbsence({} as never)],
  ["fitQuality(42, a)", () => api.fitQuality(42 as never, assembly)],
  ["membersAsOf(a, 'x')", () => api.membersAsOf(assembly, "x")],
  ["rollCallVotes(a, 42)", () => api.rollCallVotes(assembly, 42 as never)],
  ["stateNameAt(a, 'USA', 'x')", () => api.stateNameAt(assembly, "USA", "x")],
  ["agreementOverTime(a, 'USA', 42)", () => api.agreementOverTime(assembly, "USA", 42 as never)],
  ["agreementShares(a, 'USA', {})", () => api.agreementShares(assembly, "USA" as never, {} as never)],
  ["closestMatches(1e6 characters, symbols)", () => api.closestMatches("A".repeat(1_000_000), assembly.rollCalls.map((r) => r.symbol)).length === 5 && api.closestMatches(42 as never, [])],
  ["titleIndex(null)", () => api.titleIndex(null as never)],
  ["titleWords(42)", () => api.titleWords(42 as never)],
  ["isAdopted('x', 1, 1)", () => api.isAdopted("x" as never, 1, 1)],
  ["contrastRatio('red', '#000000')", () => api.contrastRatio("red", "#000000")],
  ["formatTable(42, [])", () => api.formatTable(42 as never, [])],
  ["scenarioText({})", () => api.scenarioText({} as never)],
  ["outcomeChart(42)", () => api.outcomeChart(42 as never)],
  ["mapChart({}, states)", () => api.mapChart({} as never, assembly.states)],
  ["renderSvg(width 100,000)", () => api.renderSvg({ ...CHART, width: 100_000 } as never)],
  ["renderSvg(sequence 1e8)", () => api.renderSvg({ data: { sequence: { start: 0, stop: 1e8 } }, mark: "point" } as never)],
  ["renderPng(scale 1e-9)", () => api.renderPng(CHART as never, { scale: 1e-9 })],
  ["renderPng(1 MB text)", () => api.renderPng({ data: { values: [{ t: "W".repeat(1_000_000) }] }, mark: "text", encoding: { text: { field: "t" } } } as never)],
  ["exportChart(spec, 'x.pdf')", () => api.exportChart(CHART as never, at("x.pdf"))],
  ["exportCharts(folder in the way)", () => api.exportCharts([{ spec: CHART as never, path: at("ec", "a.svg") }, { spec: CHART as never, path: at("folder.json") }])],
  ["chartLoader({allowDataDir: 42})", () => api.chartLoader({ allowDataDir: 42 as never })],
  ["validateSpec(42)", () => api.validateSpec(42)],
  ["backtest({sessions: [70], emergency: true})", () => api.backtest({ sessions: [70], emergency: true, assembly })],
  ["backtest(42)", () => api.backtest(42 as never)],
  ["saveModel(42, path)", () => api.saveModel(42 as never, at("m.json"))],
  ["resolveOptions(42, {})", () => api.resolveOptions(42 as never, {})],
];
const calls: { call: string; seconds: number; megabytes: number; problems: string[] }[] = [];
for (const [name, f] of CALLS) {
  if (only && !name.includes(only) && only !== "library") continue;
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const problems: string[] = [];
  try {
    const r = f();
    if (r && typeof (r as Promise<unknown>).then === "function") await r;
    problems.push("returned quietly");
  } catch (e) {
    if (!(e instanceof api.PlenaryError)) problems.push(`threw ${(e as Error)?.name}: ${(e as Error)?.message?.slice(0, 160)}`);
    else if (!e.code) problems.push("a PlenaryError without a code");
  }
  const seconds = (performance.now() - t0) / 1000;
  const megabytes = (process.memoryUsage().rss - rss0) / 1024 / 1024;
  if (seconds > LIMIT_S) problems.push(`took ${seconds.toFixed(1)} s`);
  if (megabytes > 1024) problems.push(`grew by ${megabytes.toFixed(0)} MB`);
  calls.push({ call: name, seconds, megabytes, problems });
  if (!asJson) process.stderr.write(`${problems.length ? "FAIL" : "ok  "} ${seconds.toFixed(2).padStart(6)} s  ${name}${problems.length ? `\n       ${problems.join("\n       ")}` : ""}\n`);
}
const leftover = tempLeft();

// --- report -------------------------------------------------------------------
const bad = outcomes.filter((o) => o.problems.length > 0);
const badCalls = calls.filter((c) => c.problems.length > 0);
const byFamily = new Map<string, { lines: number; bad: number; maxSeconds: number; maxWall: number; maxMegabytes: number }>();
for (const o of outcomes) {
  const f = byFamily.get(o.family) ?? { lines: 0, bad: 0, maxSeconds: 0, maxWall: 0, maxMegabytes: 0 };
  f.maxWall = Math.max(f.maxWall, o.wallSeconds || 0);
  f.lines++;
  if (o.problems.length) f.bad++;
  f.maxSeconds = Math.max(f.maxSeconds, o.seconds || 0);
  f.maxMegabytes = Math.max(f.maxMegabytes, o.megabytes || 0);
  byFamily.set(o.family, f);
}
const overFive = outcomes.filter((o) => o.seconds > LIMIT_S || o.wallSeconds > LIMIT_S);
if (asJson) {
  console.log(JSON.stringify({ commandLines: outcomes, libraryCalls: calls, leftover }, null, 2));
} else {
  console.log(`\nhostile inputs (issue #24): ${outcomes.length} command lines, ${calls.length} library calls\n`);
  console.log(api.formatTable(["family", "lines", "reported", "max CPU s", "max wall s", "max MB"], [...byFamily].map(([f, s]) => [f, s.lines, s.bad, s.maxSeconds.toFixed(2), s.maxWall.toFixed(2), Math.round(s.maxMegabytes)])));
  console.log(`\ncommand lines reported: ${bad.length}; library calls reported: ${badCalls.length}; over ${LIMIT_S} s of CPU or wall clock: ${overFive.length}${overFive.length ? ` (${overFive.map((o) => `${o.line.slice(0, 70)}: ${o.seconds} s CPU, ${o.wallSeconds} s wall`).join("; ")})` : ""}`);
  for (const o of bad) console.log(`  ${o.line.slice(0, 160)}\n    ${o.problems.join("\n    ")}`);
  for (const c of badCalls) console.log(`  ${c.call}\n    ${c.problems.join("\n    ")}`);
}
chmodSync(at("readonly"), 0o755);
rmSync(W, { recursive: true, force: true });
process.exitCode = bad.length + badCalls.length + leftover.length > 0 ? 1 : 0;
