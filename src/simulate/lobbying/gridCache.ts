import { existsSync, readFileSync } from "node:fs";
import { PlenaryError } from "../../util/PlenaryError.ts";
import { writeAtomic } from "../../util/writeAtomic.ts";
import type { CampaignGrid } from "./campaignGrid.ts";

const ARRAYS = ["loglik", "pYes", "pToward", "agreement"] as const;

/**
 * Saves a {@link CampaignGrid} (or the fact that there is none, `null`) as
 * one binary file: a 4-byte header length, the JSON header, then the float32
 * arrays. Written atomically.
 */
export function writeGridCache(path: string, grid: CampaignGrid | null): void {
  if (grid === null) {
    writeAtomic(path, Buffer.from([0, 0, 0, 0]));
    return;
  }
  const header: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(grid)) if (!(ARRAYS as readonly string[]).includes(k)) header[k] = v;
  header.lengths = ARRAYS.map((k) => grid[k].length);
  let json = Buffer.from(JSON.stringify(header), "utf8");
  const pad = (4 - (json.length % 4)) % 4;
  json = Buffer.concat([json, Buffer.from(" ".repeat(pad))]);
  const len = Buffer.alloc(4);
  len.writeUInt32LE(json.length);
  writeAtomic(path, Buffer.concat([len, json, ...ARRAYS.map((k) => Buffer.from(grid[k].buffer, grid[k].byteOffset, grid[k].byteLength))]));
}

/** Reads what {@link writeGridCache} wrote: the grid, null for "no grid", undefined when the file does not exist. */
export function readGridCache(path: string): CampaignGrid | null | undefined {
  if (!existsSync(path)) return undefined;
  const buf = readFileSync(path);
  if (buf.length < 4) throw new PlenaryError(`invalid grid cache ${JSON.stringify(path)}; truncated`);
  const n = buf.readUInt32LE(0);
  if (n === 0) return null;
  const header = JSON.parse(buf.subarray(4, 4 + n).toString("utf8")) as Record<string, unknown> & { lengths: number[] };
  let off = 4 + n;
  const out = { ...header } as Record<string, unknown>;
  delete out.lengths;
  ARRAYS.forEach((k, i) => {
    const len = header.lengths[i];
    const bytes = buf.subarray(off, off + len * 4);
    if (bytes.length !== len * 4) throw new PlenaryError(`invalid grid cache ${JSON.stringify(path)}; truncated`);
    out[k] = new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
    off += len * 4;
  });
  return out as unknown as CampaignGrid;
}
