import readingGroup from "@lectern/core/examples/reading-group-2026.json";
import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { expect } from "storybook/test";
import { programData, programFrom } from "../testing/fixtures.js";
import { issue17Data } from "../testing/issue17-program.js";
import { problemsShown } from "../testing/problems-shown.js";
import "./define.js";

interface TalkListArgs {
  program: unknown;
  now: string;
  timeZoneMode: "event" | "viewer" | "both";
  viewerZone: string;
  theme?: "light" | "dark";
  locale: string;
  headingLevel: number;
  width: string;
}

const example = programFrom(readingGroup);

const meta: Meta<TalkListArgs> = {
  title: "Elements/talk-list",
  component: "talk-list",
  args: {
    program: example,
    now: "2026-04-07T09:00:00+01:00",
    timeZoneMode: "both",
    viewerZone: "Europe/London",
    locale: "en-GB",
    headingLevel: 2,
    width: "56rem",
  },
  argTypes: {
    program: { control: false },
    timeZoneMode: { control: "inline-radio", options: ["event", "viewer", "both"] },
    theme: { control: "inline-radio", options: ["light", "dark"] },
    headingLevel: { control: { type: "number", min: 2, max: 6 } },
  },
  render: (args) =>
    html`<div
      style="max-width: ${args.width}; padding: 1rem; background: ${args.theme === "dark" ? "#14181d" : "transparent"}"
    >
      <talk-list
        .program=${args.program}
        now=${args.now}
        time-zone=${args.timeZoneMode}
        viewer-zone=${args.viewerZone}
        locale=${args.locale}
        heading-level=${args.headingLevel}
        theme=${args.theme ?? "light"}
      ></talk-list>
    </div>`,
};
export default meta;

type Story = StoryObj<TalkListArgs>;

/** The example reading group on Tuesday 7 April 2026: the next talk is on Friday, in 3 days. */
export const ReadingGroup: Story = {
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector("talk-list")!;
    await list.updateComplete;
    await expect(list.shadowRoot!.querySelector(".next-label")?.textContent?.trim()).toBe("Next talk, in 3 days");
  },
};

/** During a meeting: "Next talk, live now". */
export const NextTalkLive: Story = { args: { now: "2026-04-10T16:30:00+01:00" } };

/** After the last meeting: everything is past, newest term first. */
export const AllPast: Story = { args: { now: "2027-01-08T12:00:00Z" } };

const moreCancelled = programData(example);
moreCancelled.series.cancellations.push({ date: "2026-10-02", reason: "University closed for a strike" });

/** In February: the cancelled 27 February meeting is skipped by "Next talk"; another is cancelled in October. */
export const CancelledMeetings: Story = { args: { program: programFrom(moreCancelled), now: "2026-02-20T12:00:00Z" } };

const invalid = programData(example);
invalid.series.terms[1].from = "2026-04-01";
invalid.items[2].start = "2026-02-13T25:00";

/** Invalid data: the problems with their paths, never a blank box. */
export const Errors: Story = { args: { program: invalid }, play: problemsShown("talk-list") };

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark" } };

/** A visitor in New York: each talk also in their time. */
export const ViewerElsewhere: Story = { args: { viewerZone: "America/New_York" } };

/** In a narrow column (a sidebar, a phone): the date above the talk. */
export const Narrow: Story = { args: { width: "20rem" } };

/** Markdown abstracts, a session with its chair, a talk in German with its translation, and a talk with a date but no time yet. */
export const SessionsTranslationsAndDates: Story = {
  args: { program: programFrom(issue17Data("markdown")), now: "2026-05-01T09:00:00+09:00", viewerZone: "Asia/Tokyo" },
};
