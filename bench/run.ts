/**
 * `npm run bench`: every speed and memory goal, measured by scripts (never by
 * timed tests). Prints one line per measurement. Run one group with
 * `npm run bench -- load` (groups: startup, load, fit, forecast, scenario, render, council).
 */
import { loadBench } from "./loadBench.ts";
import { forecastBench } from "./forecastBench.ts";
import { renderBench } from "./renderBench.ts";
import { fitBench } from "./fitBench.ts";
import { scenarioBench } from "./scenarioBench.ts";
import { startupBench } from "./startupBench.ts";
import { councilBench } from "./councilBench.ts";

type Bench = () => Promise<Record<string, number | string>>;

const groups: Record<string, Bench> = {
  startup: startupBench,
  load: loadBench,
  fit: fitBench,
  forecast: forecastBench,
  scenario: scenarioBench,
  render: renderBench,
  council: councilBench,
};

const wanted = process.argv.slice(2);
for (const [name, bench] of Object.entries(groups)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const result = await bench();
  for (const [k, v] of Object.entries(result)) {
    const value = typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(3)) : v;
    console.log(`${k.padEnd(40)} ${value}`);
  }
}
