/** The dataset's on-disk form: two-space JSON with a final newline, so diffs stay readable. */
export function serializeReport(report: unknown): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
