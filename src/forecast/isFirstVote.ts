import { checkAssembly, showValue } from "../util/checkArgs.ts";
import { PlenaryError } from "../util/PlenaryError.ts";
import type { Assembly } from "../data/types.ts";
import { titleSimilarity, titleWords } from "./matchPrevious.ts";

const cache = new WeakMap<readonly unknown[], { words: Set<string>[]; first: Int8Array }>();

/**
 * Whether the roll call in `row` was the first vote on its text: no earlier
 * roll call of its session or the five before had a title at least 0.6
 * alike (the test of `matchPrevious`, which makes a backtest roll call
 * "novel"). New texts' splits are the reference class of a novel text.
 * Memoized per assembly (word sets and answers). Expects the roll calls in
 * date order, as `loadAssembly` gives them.
 *
 * @example
 * isFirstVote(assembly, assembly.rollCalls.findIndex((r) => r.symbol === "A/RES/ES-11/1")); // true
 * isFirstVote(assembly, assembly.rollCalls.findIndex((r) => r.symbol === "A/RES/77/7")); // false (the Cuba embargo text, voted every year)
 */
export function isFirstVote(assembly: Pick<Assembly, "rollCalls">, row: number): boolean {
  checkAssembly(assembly, "assembly", ["rollCalls"]);
  if (!(Number.isInteger(row) && 0 <= row && row < assembly.rollCalls.length)) throw new PlenaryError(`invalid row; expected a whole number in [0, ${assembly.rollCalls.length - 1}]: ${showValue(row)}`);
  const { rollCalls } = assembly;
  let memo = cache.get(rollCalls);
  if (!memo) {
    memo = { words: new Array(rollCalls.length), first: new Int8Array(rollCalls.length).fill(-1) };
    cache.set(rollCalls, memo);
  }
  if (memo.first[row] >= 0) return memo.first[row] === 1;
  const words = memo.words;
  const wordsOf = (i: number) => (words[i] ??= titleWords(rollCalls[i].title));
  const target = rollCalls[row];
  const mine = wordsOf(row);
  let first = true;
  for (let i = row - 1; i >= 0; i--) {
    const rc = rollCalls[i];
    if (rc.period < target.period - 5) break;
    if (rc.date >= target.date || rc.period > target.period) continue;
    if (titleSimilarity(mine, wordsOf(i)) >= 0.6) {
      first = false;
      break;
    }
  }
  memo.first[row] = first ? 1 : 0;
  return first;
}
