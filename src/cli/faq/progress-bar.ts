/** One line of a terminal progress bar, e.g. `importing [#########-----------]  4,500/10,000`. */
export function progressLine(label: string, done: number, total: number, width = 30): string {
  const share = total === 0 ? 1 : Math.min(1, done / total);
  const filled = Math.round(share * width);
  const counts = `${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")}`;
  return `${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${counts}`;
}

/** Redraws the bar in place on a terminal (carriage return, no newline until done). */
export function terminalProgress(write: (text: string) => void, label: string) {
  return (done: number, total: number) => {
    write(`\r${progressLine(label, done, total)}`);
    if (done >= total) write("\n");
  };
}
