import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/** The font family every chart is set in: Arimo (SIL Open Font License 1.1; metric-compatible with Arial, Helvetica and Liberation Sans). */
export const CHART_FONT_FAMILY = "Arimo";

/**
 * Paths of the TrueType files of {@link CHART_FONT_FAMILY} (regular, bold,
 * italic, bold italic), shipped with the project by the npm package
 * `@expo-google-fonts/arimo` (font licence: node_modules/@expo-google-fonts/arimo/LICENSE_FONT).
 * PNG export loads exactly these into resvg and no system font, so a chart
 * looks the same on every machine, and text widths are measured with the
 * same font's advance widths ({@link measureText}).
 */
export function chartFontFiles(): string[] {
  const root = dirname(createRequire(import.meta.url).resolve("@expo-google-fonts/arimo/package.json"));
  return ["400Regular", "700Bold", "400Regular_Italic", "700Bold_Italic"].map((w) => join(root, w, `Arimo_${w}.ttf`));
}
