// How large an import may be, checked on the options page before a file is read and again in the
// background. Apart from the parser so the options page carries none of it.

/**
 * The most one import may weigh, all files together: an import travels to the background as one
 * message, and the browser refuses a message over 64 MB (quotes and escapes included). A backup is
 * not bound by it: the options page restores it itself, streamed (components/backup-io.ts).
 */
export const MAX_IMPORT_BYTES = 32 * 1024 * 1024;

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Why files chosen for import are too large to read, naming the file, or null when they are not.
 * Checked before a byte is read, so a huge file never reaches memory or the background.
 */
export function importSizeProblem(files: Array<{ name: string; size: number }>): string | null {
  const big = files.find((f) => f.size > MAX_IMPORT_BYTES);
  if (big)
    return `${big.name}: the file is ${megabytes(big.size)}, over the ${megabytes(MAX_IMPORT_BYTES)} one import can hold. Split it into smaller files and import them one after another.`;
  const total = files.reduce((sum, f) => sum + f.size, 0);
  if (total > MAX_IMPORT_BYTES)
    return `These ${files.length} files are ${megabytes(total)} together, over the ${megabytes(MAX_IMPORT_BYTES)} one import can hold. Import them in smaller groups.`;
  return null;
}

/** Bad lines or records named one by one; past them, how many more there are. */
export const MAX_PROBLEMS = 20;

/** The first `MAX_PROBLEMS` problems, then a line counting the rest. */
export function capProblems(problems: string[], what = 'bad lines'): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `… and ${problems.length - MAX_PROBLEMS} more ${what}`];
}
