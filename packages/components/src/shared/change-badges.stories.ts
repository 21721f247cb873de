import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { expect, waitFor } from "storybook/test";
import { factsOf, seenAfterVisit, writeLastSeen } from "../changes-since-visit/last-visit.js";
import { writeFavourites } from "../schedule-grid/favourites-store.js";
import { deltaVersions } from "../testing/delta-versions.js";
import { programFrom } from "../testing/fixtures.js";
import "../changes-since-visit/define.js";
import "../schedule-grid/define.js";
import "../talk-card/define.js";

// What changed since a previous version, as every element shows it: worded badges ("Moved",
// "Cancelled", "New") from one render helper, the old time in the event's zone.

interface ChangesArgs {
  theme?: "light" | "dark";
  timeZoneMode: "event" | "viewer" | "both";
  viewerZone: string;
}

const { before, after } = deltaVersions();
const current = programFrom(after);

const meta: Meta<ChangesArgs> = {
  title: "Changes/badges",
  args: { timeZoneMode: "both", viewerZone: "Europe/Berlin" },
  argTypes: {
    theme: { control: "inline-radio", options: ["light", "dark"] },
    timeZoneMode: { control: "inline-radio", options: ["event", "viewer", "both"] },
  },
  render: (args) =>
    html`<div
      style="display: grid; gap: 1rem; max-width: 42rem; padding: 1rem; background: ${args.theme === "dark" ? "#14181d" : "transparent"}"
    >
      ${["talk-chen", "talk-doucet", "oral-query-lower-bounds"].map(
        (itemId) =>
          html`<talk-card
            .program=${current}
            .previousProgram=${before}
            item-id=${itemId}
            time-zone=${args.timeZoneMode}
            viewer-zone=${args.viewerZone}
            locale="en-GB"
            theme=${args.theme ?? "light"}
          ></talk-card>`,
      )}
    </div>`,
};
export default meta;

type Story = StoryObj<ChangesArgs>;

/** Cards against the previous version: a moved talk with its old time, a cancelled one (still shown), a new one. */
export const OnCards: Story = {
  play: async ({ canvasElement }) => {
    const cards = [...canvasElement.querySelectorAll("talk-card")];
    await waitFor(() =>
      expect(cards.map((card) => card.shadowRoot?.querySelector(".change .badge")?.textContent)).toEqual([
        "Moved",
        "Cancelled",
        "New",
      ]),
    );
  },
};

/** The same in the dark theme (the badges keep their contrast). */
export const Dark: Story = { args: { theme: "dark" }, play: OnCards.play };

/** Times in the viewer's zone (Berlin): the old time stays in the event's zone and says so (GMT-3). */
export const ViewerZone: Story = { args: { timeZoneMode: "viewer" }, play: OnCards.play };

/** The grid with `previous-src` (here the `previousProgram` property): the marks in the cells and in the talk dialog. */
export const InTheGrid: Story = {
  render: () =>
    html`<schedule-grid
      .program=${current}
      .previousProgram=${before}
      locale="en-GB"
      viewer-zone="America/Sao_Paulo"
      now="2026-01-01T00:00Z"
    ></schedule-grid>`,
  play: async ({ canvasElement }) => {
    const grid = canvasElement.querySelector("schedule-grid")!;
    await waitFor(() => expect(grid.shadowRoot?.querySelectorAll(".change").length).toBe(3));
  },
};

/**
 * `<changes-since-visit>` on a return visit: the favourites were last seen in the previous
 * version (saved here as a first visit would have), so it lists what changed among them.
 */
export const SinceTheLastVisit: Story = {
  render: (args) => {
    const earlier = programFrom(before);
    const favourites = ["talk-chen", "talk-doucet", "talk-vidal"];
    writeFavourites(localStorage, current, new Set(favourites));
    writeLastSeen(localStorage, current, seenAfterVisit(favourites, new Map(), factsOf(earlier)));
    return html`<div
      style="max-width: 42rem; padding: 1rem; background: ${args.theme === "dark" ? "#14181d" : "transparent"}"
    >
      <changes-since-visit .program=${current} locale="en-GB" theme=${args.theme ?? "light"}></changes-since-visit>
    </div>`;
  },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector("changes-since-visit")!;
    await waitFor(() => expect(element.shadowRoot?.querySelectorAll(".item").length).toBe(2));
  },
};
