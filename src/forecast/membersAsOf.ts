import { checkAssembly, checkIsoDate } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { Assembly } from "../data/types.ts";

/**
 * Matrix columns of the member states as of a date: those recorded (voting or
 * absent) in the latest roll call strictly before it. Also returns that roll
 * call's row.
 */
export function membersAsOf(assembly: Pick<Assembly, "matrix" | "rollCalls">, asOf: string): { columns: number[]; row: number } {
  checkAssembly(assembly, "assembly", ["rollCalls", "matrix"]);
  checkIsoDate(asOf, "asOf");
  const { codes, nStates } = assembly.matrix;
  let row = -1;
  for (let i = assembly.rollCalls.length - 1; i >= 0; i--) {
    if (assembly.rollCalls[i].date < asOf) {
      row = i;
      break;
    }
  }
  if (row < 0) throw new PlenaryError(`invalid asOf; no recorded vote before it: ${JSON.stringify(asOf)}`);
  const columns: number[] = [];
  for (let s = 0; s < nStates; s++) if (codes[row * nStates + s] !== 0) columns.push(s);
  return { columns, row };
}
