import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import type { Program } from "@lectern/core";
import { deltaProgram, programData, programFrom, sigmetricsProgram } from "../testing/fixtures.js";
import { issue17Program } from "../testing/issue17-program.js";
import { presentationProgram } from "../testing/presentation-program.js";
import "./define.js";

interface TalkCardArgs {
  program: Program;
  itemId: string;
  timeZoneMode: "event" | "viewer" | "both";
  viewerZone: string;
  expanded: boolean;
  theme?: "light" | "dark";
  locale: string;
}

const meta: Meta<TalkCardArgs> = {
  title: "Elements/talk-card",
  component: "talk-card",
  args: {
    program: deltaProgram,
    itemId: "talk-vidal",
    timeZoneMode: "both",
    viewerZone: "Europe/Berlin",
    expanded: false,
    locale: "en-GB",
  },
  argTypes: {
    program: { control: false },
    timeZoneMode: { control: "inline-radio", options: ["event", "viewer", "both"] },
    theme: { control: "inline-radio", options: ["light", "dark"] },
  },
  render: (args) =>
    html`<div style="max-width: 42rem; padding: 1rem; background: ${args.theme === "dark" ? "#14181d" : "transparent"}">
      <talk-card
        .program=${args.program}
        item-id=${args.itemId}
        time-zone=${args.timeZoneMode}
        viewer-zone=${args.viewerZone}
        locale=${args.locale}
        theme=${args.theme ?? "light"}
        ?expanded=${args.expanded}
      ></talk-card>
    </div>`,
};
export default meta;

type Story = StoryObj<TalkCardArgs>;

/** An invited talk of the DeLTa workshop, in Brasília time and the viewer's (Berlin). */
export const InvitedTalk: Story = {};

/** The abstract open, with TeX math rendered as MathML. */
export const AbstractWithMath: Story = { args: { itemId: "talk-doucet", expanded: true } };

/** An oral with nine authors in the published order. */
export const OralWithAuthors: Story = { args: { itemId: "oral-unmasking-policies" } };

/** The viewer is in Tokyo: the closing remarks are on the next day for them. */
export const ViewerNextDay: Story = { args: { itemId: "closing", viewerZone: "Asia/Tokyo" } };

/** Only the event's clock. */
export const EventTimeOnly: Story = { args: { timeZoneMode: "event" } };

/** A slot of the tentative SIGMETRICS program: speaker and title to be announced. */
export const ToBeAnnounced: Story = { args: { program: sigmetricsProgram, itemId: "slot-tba-1" } };

/** A tentative program item: no clock time, its default length. */
export const TentativeNoTime: Story = { args: { program: sigmetricsProgram, itemId: "talk-liang", expanded: true } };

const cancelledData = programData(deltaProgram);
cancelledData.items.find((item: { id: string }) => item.id === "talk-chen").status = "cancelled";

/** A cancelled talk. */
export const Cancelled: Story = { args: { program: programFrom(cancelledData), itemId: "talk-chen" } };

/** Dark theme. */
export const Dark: Story = { args: { theme: "dark", expanded: true } };

/** Portuguese dates and times (strings can be overridden through the `strings` property). */
export const PortugueseLocale: Story = { args: { locale: "pt-BR", itemId: "lunch" } };

/** Forced colours (Windows high contrast) is emulated in the browser's rendering tools; this story keeps the markup honest. */
export const Narrow: Story = {
  render: (args) =>
    html`<div style="width: 18rem">
      <talk-card
        .program=${args.program}
        item-id="oral-unmasking-policies"
        locale="en-GB"
        viewer-zone="Europe/Berlin"
      ></talk-card>
    </div>`,
};

/** A Markdown abstract (emphasis, a list, a link drawn as DOM), equal contributors, people's links and the session with its chair. */
export const MarkdownAbstractAndSession: Story = {
  args: { program: issue17Program("markdown"), itemId: "oral", expanded: true, viewerZone: "Asia/Tokyo" },
};

/** A German talk shown in its English translation, with a button for the original. */
export const Translated: Story = {
  args: { program: issue17Program(), itemId: "german", expanded: true, viewerZone: "Asia/Tokyo" },
};

/** A talk with a date and no time: "Time not announced", never an invented time. */
export const TimeNotAnnounced: Story = {
  args: { program: issue17Program(), itemId: "dated", viewerZone: "Asia/Tokyo" },
};

/** A talk given remotely: "Remote" in words beside its kind (in person, the default, is not marked). */
export const Remote: Story = {
  args: { program: programFrom(presentationProgram), itemId: "talk-remote", viewerZone: "Europe/Vienna" },
};
