import { describeChange, type ProgramDiff } from "@lectern/core";

/** The report formats of `lectern changes --to`. */
export const changeReportFormats = ["text", "markdown", "json", "atom"] as const;

/** One of {@link changeReportFormats}. */
export type ChangeReportFormat = (typeof changeReportFormats)[number];

/** Which clock the times are on: one zone, or the old and the new when the event's zone changed. */
const zoneNote = (diff: ProgramDiff) =>
  diff.previousZone === undefined
    ? `times in ${diff.zone}`
    : `old times in ${diff.previousZone}, new times in ${diff.zone}`;

/**
 * A diff as plain text, one change a line: `Moved: Compilers — from … to …`, under a heading
 * naming the event and the zone; `No changes to …` when there are none.
 */
export function changesAsText(diff: ProgramDiff): string {
  if (diff.changes.length === 0) return `No changes to ${diff.eventTitle}.\n`;
  const lines = diff.changes.map((change) => {
    const { label, subject, detail } = describeChange(change);
    return `${label}: ${[subject, detail].filter((part) => part !== "").join(" — ")}`;
  });
  return `Changes to ${diff.eventTitle} (${zoneNote(diff)}):\n\n${lines.join("\n")}\n`;
}

/**
 * CommonMark's backslash escape for every punctuation that could start markup inside a line,
 * so a title like `<script>` or `*bold*` reads as itself: the program's text is never markup.
 * (`-` and `+` start markup only at a line's start, which a report line never gives them.)
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()<>#!|~&]/g, (character) => `\\${character}`).replace(/\r?\n/g, " ");
}

/** A diff as a Markdown list (heading, zone note, one bullet a change), ready for a news post. */
export function changesAsMarkdown(diff: ProgramDiff): string {
  const heading = `# Changes to ${escapeMarkdown(diff.eventTitle)}\n\n`;
  if (diff.changes.length === 0) return `${heading}No changes.\n`;
  const bullets = diff.changes.map((change) => {
    const { label, subject, detail } = describeChange(change);
    const parts = [subject && `*${escapeMarkdown(subject)}*`, escapeMarkdown(detail)].filter((part) => part !== "");
    return `- **${label}**: ${parts.join(" — ")}`;
  });
  return `${heading}${escapeMarkdown(zoneNote(diff)).replace(/^t/, "T")}.\n\n${bullets.join("\n")}\n`;
}

/** The report in a format; `json` is the {@link ProgramDiff} itself, indented. (Atom: `changesAsAtom`.) */
export function renderChanges(diff: ProgramDiff, format: Exclude<ChangeReportFormat, "atom">): string {
  switch (format) {
    case "text":
      return changesAsText(diff);
    case "markdown":
      return changesAsMarkdown(diff);
    case "json":
      return `${JSON.stringify(diff, null, 2)}\n`;
  }
}
