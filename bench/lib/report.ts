/** One figure of the benchmark: printed at once as one JSON line, kept for the summary. */
export interface Figure {
  case: string;
  [key: string]: unknown;
}

const figures: Figure[] = [];

export function report(figure: Figure): Figure {
  figures.push(figure);
  console.log(JSON.stringify(figure));
  return figure;
}

export const reported = (): readonly Figure[] => figures;

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A progress note for the person watching; on stderr, so stdout stays figures and summary. */
export const note = (text: string) => process.stderr.write(`# ${text}\n`);
