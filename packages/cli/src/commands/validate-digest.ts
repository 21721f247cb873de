import { parsePaperDigestJson } from "@lectern/core";
import { reportProblems, reportUnreadable, type CommandContext } from "./command-context.js";

/**
 * True for the text of a paper digest (what `lectern convert --to digest` writes): a JSON
 * object with a `papers` list and none of a program's `event` or `items`. No importer reads a
 * digest (it is not a program), so `lectern validate` tells it apart before the importers.
 */
export function isPaperDigestText(text: string): boolean {
  // Cheap first: a program or a CSV does not start like this far more often than it does.
  if (!text.trimStart().startsWith("{") || !text.includes('"papers"')) return false;
  try {
    const data: unknown = JSON.parse(text);
    return (
      typeof data === "object" &&
      data !== null &&
      Array.isArray((data as Record<string, unknown>).papers) &&
      !("items" in data) &&
      !("event" in data)
    );
  } catch {
    return false;
  }
}

/** `lectern validate papers.json` for a paper digest: its problems with lines (exit 1), or what it holds (exit 0). */
export function runValidateDigest(context: CommandContext, text: string): number {
  const result = parsePaperDigestJson(text);
  if (!result.ok) return reportUnreadable(context, "digest", result.errors, result.warnings);
  const papers = result.digest.papers.length;
  if (context.values.json)
    context.io.stdout(
      `${JSON.stringify({ ok: true, format: "digest", papers, warnings: result.warnings }, null, 2)}\n`,
    );
  else {
    reportProblems(context, "warning", result.warnings);
    const warned = result.warnings.length ? `, ${result.warnings.length} warning(s)` : "";
    context.io.stdout(`${context.label}: valid paper digest, ${papers} papers${warned}\n`);
  }
  return 0;
}
