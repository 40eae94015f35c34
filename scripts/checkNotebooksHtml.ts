/**
 * Opens exported notebook pages (scripts/exportNotebooks.sh) in headless
 * Chromium (/usr/bin/chromium, via playwright-core), served from 127.0.0.1
 * with every other request blocked, and checks that each page shows its
 * charts: as many chart images as the notebook has `show(...)` calls, each
 * loaded, drawn at a real size and not blank (some non-white pixels), no
 * inline SVG left (nbconvert's sanitizer empties those), and its tables;
 * each chart shown whole at its own size (no wider than the output area, at
 * most 960 px), and no MathJax on the page (offline it left a stuck
 * "Loading [MathJax]" box).
 * Prints one line per page; exits 1 on the first page that fails.
 *
 *   npx tsx scripts/checkNotebooksHtml.ts out/notebooks-html/*.html
 */
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { basename, join } from "node:path";
import { chromium } from "playwright-core";

const pages = process.argv.slice(2);
if (pages.length === 0) {
  console.error("usage: npx tsx scripts/checkNotebooksHtml.ts PAGE.html...");
  process.exit(2);
}

/** Number of charts a notebook shows: its `show(...)` calls (the helper's own definition excluded). */
function expectedCharts(name: string): number {
  const nb = JSON.parse(readFileSync(join("notebooks", `${name}.ipynb`), "utf8")) as { cells: { cell_type: string; source: string | string[] }[] };
  const code = nb.cells.filter((c) => c.cell_type === "code").map((c) => (Array.isArray(c.source) ? c.source.join("") : c.source)).join("\n");
  return (code.match(/\bshow\(/g) ?? []).length;
}

const byName = new Map(pages.map((p) => [`/${basename(p)}`, p]));
const server = createServer((req, res) => {
  const file = byName.get(decodeURIComponent(new URL(req.url ?? "/", "http://127.0.0.1").pathname));
  if (!file) return void res.writeHead(404).end();
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(readFileSync(file));
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});
let failed = false;
try {
  for (const page of pages) {
    const name = basename(page, ".html");
    const tab = await browser.newPage();
    await tab.route("**/*", (route) => (route.request().url().startsWith(origin) || route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await tab.goto(`${origin}/${basename(page)}`, { waitUntil: "load" });
    // runs in the page (a string, so this Node-typed file needs no DOM types)
    const seen = (await tab.evaluate(`(async () => {
      const imgs = [...document.querySelectorAll(".jp-OutputArea-output img")];
      await Promise.all(imgs.map((i) => (i.complete ? null : new Promise((r) => i.addEventListener("load", r, { once: true })))));
      const blank = imgs.filter((img) => {
        if (!(img.naturalWidth > 0 && img.width > 100)) return true;
        const canvas = document.createElement("canvas");
        canvas.width = img.naturalWidth;
        canvas.height = img.naturalHeight;
        const ctx = canvas.getContext("2d");
        ctx.drawImage(img, 0, 0);
        const px = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let k = 0; k < px.length; k += 4) if (px[k] < 200 || px[k + 1] < 200 || px[k + 2] < 200) ink++;
        return ink / (px.length / 4) < 0.01;
      }).length;
      const area = document.querySelector(".jp-OutputArea-output");
      const squeezed = imgs.filter((img) => img.naturalWidth / 2 > 960 || img.getBoundingClientRect().width > (area ? area.getBoundingClientRect().width : Infinity) + 0.5).length;
      await new Promise((r) => setTimeout(r, 500));
      const mathjax = document.querySelectorAll("script[src*='mathjax' i], script[type='text/x-mathjax-config']").length + (document.body.innerText.includes("Loading [MathJax]") ? 1 : 0);
      return {
        images: imgs.length,
        squeezed,
        mathjax,
        blank,
        svgs: document.querySelectorAll(".jp-OutputArea-output svg").length,
        tables: document.querySelectorAll(".jp-OutputArea-output table").length,
      };
    })()`)) as { images: number; squeezed: number; mathjax: number; blank: number; svgs: number; tables: number };
    const want = expectedCharts(name);
    const ok = seen.images === want && seen.blank === 0 && seen.svgs === 0 && seen.squeezed === 0 && seen.mathjax === 0;
    console.log(
      `${name}: ${seen.images} of ${want} charts shown, ${seen.blank} blank, ${seen.squeezed} wider than the output area, ${seen.svgs} inline SVG, ${seen.mathjax} MathJax, ${seen.tables} tables  ${ok ? "ok" : "FAILED"}`,
    );
    if (!ok) failed = true;
    await tab.close();
  }
} finally {
  await browser.close();
  server.close();
}
process.exit(failed ? 1 : 0);
