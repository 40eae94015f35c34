/**
 * The exported HTML page in a real browser: headless Chromium (Debian's
 * /usr/bin/chromium, driven by playwright-core) loads it from a local HTTP
 * server on 127.0.0.1, with every other request blocked and recorded. The
 * page must draw a non-empty SVG, log no console errors and make no outside
 * requests, and its screenshot must not be blank. Skipped, with a message,
 * when /usr/bin/chromium is missing.
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mapChart } from "../../src/render/mapChart.ts";
import { outcomeChart } from "../../src/render/outcomeChart.ts";
import { renderHtml } from "../../src/render/renderHtml.ts";
import { fixtureForecast, memberStates } from "./fixtures.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`skipping the HTML browser tests: ${CHROMIUM} not found (install Debian's chromium to run them)`);

describe.skipIf(!hasChromium)("HTML export in headless Chromium", () => {
  const pages = new Map<string, string>([
    ["/outcome.html", renderHtml(outcomeChart(fixtureForecast()))],
    ["/map.html", renderHtml(mapChart(fixtureForecast(), memberStates()))],
  ]);
  let server: Server;
  let origin = "";
  let browser: Browser;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = pages.get(req.url ?? "");
      res.writeHead(body ? 200 : 404, { "content-type": "text/html; charset=utf-8" });
      res.end(body ?? "not found");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it.each([...pages.keys()])("%s draws the chart offline, without errors", async (path) => {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    const errors: string[] = [];
    const outside: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      outside.push(url);
      return route.abort();
    });
    await page.goto(origin + path, { waitUntil: "load" });
    const svg = page.locator("#vis svg.marks");
    await svg.waitFor({ state: "visible", timeout: 20_000 });
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(400);
    expect(box!.height).toBeGreaterThan(200);
    expect(await page.locator("#vis svg path").count()).toBeGreaterThan(10);
    const shot = await page.screenshot({ fullPage: true });
    // share of non-white pixels in the screenshot, decoded by the browser itself (a string, as tsconfig has no DOM types)
    const inked = (await page.evaluate(`(async () => {
      const img = new Image();
      img.src = "data:image/png;base64,${shot.toString("base64")}";
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext("2d");
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      let n = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 235 || data[i + 1] < 235 || data[i + 2] < 235) n++;
      return n / (img.width * img.height);
    })()`)) as number;
    expect(inked).toBeGreaterThan(0.02);
    // the text is set in the embedded Arimo (regular and bold), not in a fallback the machine happens to have
    const fonts = (await page.evaluate(`[...document.fonts].filter((f) => f.family.replace(/"/g, "") === "Arimo" && f.status === "loaded").map((f) => f.weight).sort()`)) as string[];
    expect(fonts).toEqual(["400", "700"]);
    expect(await page.evaluate(`document.fonts.check("bold 17px Arimo") && document.fonts.check("11px Arimo")`)).toBe(true);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.close();
  });
});
