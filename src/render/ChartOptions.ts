/** Options shared by every chart builder. */
export interface ChartOptions {
  /** Chart title. Default: a plain-language title chosen by the builder (the resolution's title for forecast charts). */
  title?: string;
  /** Subtitle line(s) under the title. Default: as-of date, adoption rule and chance of adoption for forecast charts. */
  subtitle?: string | string[];
}
