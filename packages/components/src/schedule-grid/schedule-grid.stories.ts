import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { conferenceProgram } from "../testing/conference-fixture.js";
import { deltaProgram, sigmetricsProgram } from "../testing/fixtures.js";
import { fosdemShapedProgram } from "../testing/fosdem-shaped-program.js";
import { ismirSessionsProgram } from "../testing/ismir-sessions-program.js";
import { problemsShown } from "../testing/problems-shown.js";
import "./define.js";

interface GridArgs {
  program: unknown;
  view: "auto" | "grid" | "list";
  timeZoneMode: "event" | "viewer" | "both";
  viewerZone: string;
  now: string;
  theme: "light" | "dark";
  width: string;
  locale: string;
}

const meta: Meta<GridArgs> = {
  title: "Elements/schedule-grid",
  component: "schedule-grid",
  args: {
    program: deltaProgram,
    view: "auto",
    timeZoneMode: "event",
    viewerZone: "Europe/Berlin",
    now: "2026-04-27T14:15Z",
    theme: "light",
    width: "100%",
    locale: "en-GB",
  },
  argTypes: {
    program: { control: false },
    view: { control: "inline-radio", options: ["auto", "grid", "list"] },
    timeZoneMode: { control: "inline-radio", options: ["event", "viewer", "both"] },
    theme: { control: "inline-radio", options: ["light", "dark"] },
  },
  render: (args) =>
    html`<div
      style="width: ${args.width}; padding: 1rem; background: ${args.theme === "dark" ? "#14181d" : "transparent"}"
    >
      <schedule-grid
        .program=${args.program}
        view=${args.view}
        time-zone=${args.timeZoneMode}
        viewer-zone=${args.viewerZone}
        now=${args.now}
        theme=${args.theme}
        locale=${args.locale}
      ></schedule-grid>
    </div>`,
};
export default meta;

type Story = StoryObj<GridArgs>;

/** The ICLR 2026 DeLTa workshop: one track, so a list, in Brasília time, with a live item. */
export const DeltaWorkshop: Story = {};

/** The same, with the viewer's clock (Berlin) beside Brasília's. */
export const DeltaBothClocks: Story = { args: { timeZoneMode: "both" } };

/** The SIGMETRICS 2026 workshop: a tentative program with no times. */
export const SigmetricsTentative: Story = { args: { program: sigmetricsProgram } };

/** Three rooms over two days: lanes, a 5-minute talk, lunch across rooms, the now-line. */
export const MultiRoomGrid: Story = { args: { program: conferenceProgram(), now: "2026-03-28T08:40Z" } };

/** 35 rooms and 433 items in a day (FOSDEM's shape), scrolling with sticky headers. */
export const LargeProgram: Story = {
  args: { program: fosdemShapedProgram(), now: "2024-02-03T10:00Z" },
  render: (args) =>
    html`<schedule-grid
      .program=${args.program}
      now=${args.now}
      locale="en-GB"
      style="--schedule-grid-max-height: 70vh"
    ></schedule-grid>`,
};

/** Every day under its own heading ("All days", `day="all"`): for reading or printing the whole program. */
export const AllDays: Story = {
  args: { program: conferenceProgram(), now: "2026-03-28T08:40Z" },
  render: (args) =>
    html`<schedule-grid
      .program=${args.program}
      day="all"
      now=${args.now}
      locale="en-GB"
      viewer-zone="Europe/Berlin"
    ></schedule-grid>`,
};

/** A narrow container (a sidebar): the list, whatever the screen. */
export const Narrow: Story = { args: { program: conferenceProgram(), now: "2026-03-28T08:40Z", width: "420px" } };

/**
 * ISMIR 2024's sessions on their second day, each with a call as MiniConf's `zoom_link` gives
 * one (the addresses are made up): an oral session's band and a poster session's cell link to it.
 */
export const SessionsWithCalls: Story = {
  args: {
    program: {
      ...ismirSessionsProgram,
      sessions: ismirSessionsProgram.sessions.map((session) => ({
        ...session,
        links: [{ kind: "web", url: `https://zoom.example/j/${session.id}`, label: "Zoom" }],
      })),
    },
    view: "grid",
    now: "2024-11-12T17:30Z",
  },
};

/** Dark theme. */
export const Dark: Story = { args: { program: conferenceProgram(), now: "2026-03-28T08:40Z", theme: "dark" } };

/** Portuguese dates and times. */
export const Portuguese: Story = { args: { locale: "pt-BR" } };

/** A program with mistakes: the problems with their paths. */
export const InvalidProgram: Story = {
  args: {
    program: {
      event: { title: "Broken", kind: "workshop", startDate: "2026-02-30", timeZone: "Mars/Base" },
      items: [{ id: "x", kind: "keynot", start: "25:00" }],
    },
  },
  play: problemsShown("schedule-grid"),
};

/** No program given at all: says how to give one. */
export const NoProgram: Story = { render: () => html`<schedule-grid locale="en-GB"></schedule-grid>` };
