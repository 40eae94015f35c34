/**
 * PNG text chunks (tEXt, ISO/IEC 15948 section 11.3.4.3), to stamp a chart
 * image with the hash of the spec it was drawn from, and read it back.
 * Used by scripts/renderExamples.ts and tests/docs/docImages.test.ts.
 */
import { createHash } from "node:crypto";
import type { TopLevelSpec } from "vega-lite";

/** The keyword under which the spec's hash is stored. */
export const SPEC_KEY = "plenary-spec-sha256";

/** SHA-256 of a spec's JSON text (hex): what a committed image is checked against. */
export function specHash(spec: TopLevelSpec): string {
  return createHash("sha256").update(JSON.stringify(spec)).digest("hex");
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The PNG with a tEXt chunk `key`=`value` inserted after IHDR. */
export function withPngText(png: Uint8Array, key: string, value: string): Uint8Array {
  const data = new TextEncoder().encode(`${key}\0${value}`);
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(new TextEncoder().encode("tEXt"), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  const ihdrEnd = 8 + 12 + new DataView(png.buffer, png.byteOffset).getUint32(8);
  const out = new Uint8Array(png.length + chunk.length);
  out.set(png.subarray(0, ihdrEnd));
  out.set(chunk, ihdrEnd);
  out.set(png.subarray(ihdrEnd), ihdrEnd + chunk.length);
  return out;
}

/** The tEXt chunks of a PNG, by keyword. */
export function pngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = new TextDecoder().decode(png.subarray(at + 4, at + 8));
    if (type === "tEXt") {
      const text = new TextDecoder("latin1").decode(png.subarray(at + 8, at + 8 + length));
      const nul = text.indexOf("\0");
      out[text.slice(0, nul)] = text.slice(nul + 1);
    }
    if (type === "IEND") break;
    at += 12 + length;
  }
  return out;
}
