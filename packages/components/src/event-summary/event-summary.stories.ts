import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import type { Program } from "@lectern/core";
import { deltaProgram, programData, programFrom, sigmetricsProgram } from "../testing/fixtures.js";
import type { EventSummaryStrings } from "./event-summary.strings.js";
import "./define.js";

interface EventSummaryArgs {
  program: Program;
  locale: string;
  viewerZone: string;
  headingLevel: number;
  sections: string;
  theme?: "light" | "dark";
  strings?: Partial<EventSummaryStrings>;
}

const meta: Meta<EventSummaryArgs> = {
  title: "Elements/event-summary",
  component: "event-summary",
  args: { program: deltaProgram, locale: "en-GB", viewerZone: "Europe/Berlin", headingLevel: 2, sections: "" },
  argTypes: {
    program: { control: false },
    strings: { control: false },
    theme: { control: "inline-radio", options: ["light", "dark"] },
    headingLevel: { control: { type: "number", min: 1, max: 6 } },
  },
  render: (args) =>
    html`<div style="max-width: 52rem; padding: 1rem; background: ${args.theme === "dark" ? "#14181d" : "transparent"}">
      <event-summary
        .program=${args.program}
        .strings=${args.strings}
        locale=${args.locale}
        viewer-zone=${args.viewerZone}
        heading-level=${args.headingLevel}
        sections=${args.sections}
        theme=${args.theme ?? "light"}
      ></event-summary>
    </div>`,
};
export default meta;

type Story = StoryObj<EventSummaryArgs>;

/** The ICLR 2026 DeLTa workshop: one day in Rio, the OpenReview submission link, call for papers and award. */
export const Delta: Story = {};

/** The SIGMETRICS 2026 workshop: a tentative schedule, organisers, and a speaker whose name is to be announced. */
export const Sigmetrics: Story = { args: { program: sigmetricsProgram } };

const withDeadlines = programData(sigmetricsProgram);
withDeadlines.event.endDate = "2026-06-10";
withDeadlines.event.links = [
  { kind: "submission", url: "https://openreview.net/", label: "OpenReview" },
  { kind: "web", url: "https://www.sigmetrics.org/sigmetrics2026/" },
];
withDeadlines.event.importantDates = [
  {
    label: "Submission deadline",
    date: "2026-02-01T23:59",
    timeZone: "Etc/GMT+12",
    timeZoneLabel: "AoE",
    note: "No extensions.",
  },
  { label: "Notification", date: "2026-03-01" },
];

/** Three days, and a deadline Anywhere on Earth shown on the visitor's clock too (Berlin). */
export const MultiDayWithDeadlines: Story = { args: { program: programFrom(withDeadlines) } };

/** The call for papers opened, as a visitor would (axe checks the open state). */
export const CallForPapersOpen: Story = {
  play: async ({ canvasElement }) => {
    const summary = canvasElement.querySelector("event-summary")!;
    await summary.updateComplete;
    const toggle = [...summary.shadowRoot!.querySelectorAll("button")].find(
      (button) => button.textContent?.trim() === "Call for papers",
    )!;
    toggle.click();
    await summary.updateComplete;
  },
};

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark", program: sigmetricsProgram } };

/** A narrow column: the facts and important dates stack. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="width: 20rem">
      <event-summary
        .program=${programFrom(withDeadlines)}
        locale=${args.locale}
        viewer-zone=${args.viewerZone}
      ></event-summary>
    </div>`,
};

const portugueseStrings: Partial<EventSummaryStrings> = {
  kinds: { workshop: "Workshop" } as EventSummaryStrings["kinds"],
  submitVia: (label) => `Enviar pelo ${label}`,
  partOf: "Parte da",
  when: "Quando",
  timeZone: "Fuso horário",
  where: "Onde",
  contact: "Contato",
  callForPapers: "Chamada de trabalhos",
  publicationPolicy: "Política de publicação",
  awards: "Prêmios",
  finalSchedule: "Programação final",
};

/** Brazilian Portuguese: dates from Intl, texts through the `strings` property. */
export const PortugueseLocale: Story = { args: { locale: "pt-BR", strings: portugueseStrings } };

/** Only some sections (`sections="title,dates,venue,links"`), for a compact page header. */
export const OnlySomeSections: Story = { args: { sections: "title,dates,venue,links" } };

/** Without the title (the page has its own heading): the box is named by the event's title. */
export const WithoutTitle: Story = {
  args: { program: sigmetricsProgram, sections: "status,dates,venue,organisers,speakers" },
};
