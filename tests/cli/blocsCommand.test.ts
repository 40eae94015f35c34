/** `plenary blocs`: the states-move-together structure a forecast on that date uses. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { validateSpec } from "../../src/render/validateSpec.ts";
import { runCli } from "./runCli.ts";

const dir = mkdtempSync(join(tmpdir(), "plenary-blocs-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("plenary blocs", () => {
  it("prints the camps as JSON, from a committed model, and draws them", () => {
    const out = join(dir, "blocs.vl.json");
    const r = runCli(["blocs", "--as-of", "2022-10-11", "--json", "--chart", out]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(`wrote ${out}\n`);
    const j = JSON.parse(r.stdout);
    expect(j.asOf).toBe("2022-10-11");
    expect(j.factors).toBe(4);
    expect(j.camps).toHaveLength(4);
    expect(j.states).toHaveLength(193);
    expect(j.model.cutoff <= "2022-10-11").toBe(true);
    const spec = JSON.parse(readFileSync(out, "utf8"));
    expect(() => validateSpec(spec)).not.toThrow();
    expect(new Set(spec.data.values.map((v: { factor: string }) => v.factor)).size).toBe(4);
  }, 120_000);

  it("says the camps in words, and refuses a bad date naming it", () => {
    const r = runCli(["blocs", "--as-of", "2022-10-11"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("Camp 1");
    const bad = runCli(["blocs", "--as-of", "2022-13-01"]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain("2022-13-01");
  }, 120_000);
});
