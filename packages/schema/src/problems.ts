/** One thing wrong with an input, and where: `departments[3].initiatives[2].metrics[0].value`. */
export interface Problem {
  /** Dotted path into the input; '' for the input as a whole. */
  readonly path: string;
  /** What is wrong, without the path: expected a number, received "12万". */
  readonly detail: string;
  /** `path: detail`, ready to show. */
  readonly message: string;
}

export function problem(path: string, detail: string): Problem {
  return { path, detail, message: path ? `${path}: ${detail}` : detail };
}

const maxShownLength = 60;

/** A short, safe rendering of a received value: never throws, even for cycles or symbols. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    const shown = value.length > maxShownLength ? `${value.slice(0, maxShownLength)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

/**
 * Problems as a command line prints them, one per line under a count, each prefixed with what
 * they are about (the file): the one wording of hz-viz-validate, hz-viz-draft and hz-viz-render.
 */
export function problemLines(label: string, problems: readonly Problem[]): string[] {
  return [`${label}: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}`, ...problems.map((p) => `${label}: ${p.message}`)];
}

/** Why a command could not read a file, as a problem: "no such file", "a folder, not a file", or the system's code. */
export function unreadableFile(error: unknown): Problem {
  const code = error instanceof Error && 'code' in error ? String(error.code) : String(error);
  const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : code;
  return { path: '', detail: `cannot read: ${why}`, message: `cannot read: ${why}` };
}
