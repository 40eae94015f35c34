/**
 * A progress callback that draws a one-line bar on stderr when it is a
 * terminal, and does nothing otherwise (pipes, CI, --json consumers).
 */
export function progressBar(label: string): (fraction: number, message: string) => void {
  if (!process.stderr.isTTY) return () => {};
  return (fraction, message) => {
    const width = 30;
    const done = Math.round(Math.max(0, Math.min(1, fraction)) * width);
    process.stderr.write(`\r${label} [${"#".repeat(done)}${" ".repeat(width - done)}] ${Math.round(fraction * 100)}% ${message}`.padEnd(90).slice(0, 100));
    if (fraction >= 1) process.stderr.write("\n");
  };
}
