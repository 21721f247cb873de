import type { Program } from "@lectern/core";
import { deltaProgram, programData, programFrom } from "../testing/fixtures.js";
import "./define.js";
import type { EventSummaryElement } from "./event-summary.element.js";

// What the <event-summary> tests share. Not a test file itself (no `.test.ts`), so it runs only
// where imported.

/** An `<event-summary>` of `program` in en-GB for a visitor in São Paulo, with `props` on top, rendered. */
export async function renderSummary(
  props: Partial<EventSummaryElement> = {},
  program: Program = deltaProgram,
): Promise<EventSummaryElement> {
  const summary = document.createElement("event-summary");
  Object.assign(summary, { program, locale: "en-GB", viewerZone: "America/Sao_Paulo", ...props });
  document.body.append(summary);
  await summary.updateComplete;
  return summary;
}

/** A program with changes to its event (and people), parsed like any other. */
export function programWith(base: Program, change: (data: Record<string, any>) => void): Program {
  const data = programData(base);
  change(data);
  return programFrom(data);
}

/** The summary's shadow root. */
export const root = (summary: EventSummaryElement) => summary.shadowRoot!;
/** Text with its runs of white space made one space, trimmed. */
export const tidy = (value: string | null | undefined) => value?.replace(/\s+/g, " ").trim();
/** The tidied text of the first node `selector` matches. */
export const text = (summary: EventSummaryElement, selector: string) =>
  tidy(root(summary).querySelector(selector)?.textContent);
/** The tidied text of every node `selector` matches. */
export const texts = (summary: EventSummaryElement, selector: string) =>
  [...root(summary).querySelectorAll(selector)].map((node) => tidy(node.textContent));
/** The value beside a label of the facts list ("When", "Where", ...). */
export const fact = (summary: EventSummaryElement, label: string) => {
  const term = [...root(summary).querySelectorAll(".facts dt")].find((node) => node.textContent?.trim() === label);
  return tidy(term?.nextElementSibling?.textContent);
};
/** The button whose text is `name`. */
export const button = (summary: EventSummaryElement, name: string) =>
  [...root(summary).querySelectorAll<HTMLButtonElement>("button")].find(
    (candidate) => candidate.textContent?.trim() === name,
  )!;

/** An important date-time "AoE" (UTC−12), a whole day, and one in the event's zone. */
export const deadlines = (data: Record<string, any>) => {
  data.event.importantDates = [
    {
      label: "Submission deadline",
      date: "2026-02-01T23:59",
      timeZone: "Etc/GMT+12",
      timeZoneLabel: "AoE",
      note: "No extensions.",
    },
    { label: "Notification", date: "2026-03-01" },
    { label: "Camera-ready", date: "2026-03-20T17:00" },
  ];
};
