import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { expect } from "storybook/test";
import type { Program } from "@lectern/core";
import { deltaProgram, sigmetricsProgram } from "../testing/fixtures.js";
import type { SpeakerListMode } from "./speaker-list-view.js";
import "./define.js";

interface SpeakerListArgs {
  program: Program;
  people: SpeakerListMode;
  viewerZone: string;
  theme?: "light" | "dark";
  locale: string;
  headingLevel: number;
  width: string;
}

const meta: Meta<SpeakerListArgs> = {
  title: "Elements/speaker-list",
  component: "speaker-list",
  args: {
    program: sigmetricsProgram,
    people: "speakers",
    viewerZone: "Europe/Berlin",
    locale: "en-GB",
    headingLevel: 3,
    width: "64rem",
  },
  argTypes: {
    program: { control: false },
    people: { control: "inline-radio", options: ["speakers", "organisers", "all"] },
    theme: { control: "inline-radio", options: ["light", "dark"] },
    headingLevel: { control: { type: "number", min: 2, max: 6 } },
  },
  render: (args) =>
    html`<div
      style="max-width: ${args.width}; padding: 1rem; background: ${args.theme === "dark" ? "#14181d" : "transparent"}"
    >
      <speaker-list
        .program=${args.program}
        people=${args.people}
        viewer-zone=${args.viewerZone}
        locale=${args.locale}
        heading-level=${args.headingLevel}
        theme=${args.theme ?? "light"}
      ></speaker-list>
    </div>`,
};
export default meta;

type Story = StoryObj<SpeakerListArgs>;

/** The SIGMETRICS invited speakers in the organisers' order; one is still to be announced. */
export const SigmetricsSpeakers: Story = {};

/** The SIGMETRICS organisers with their roles and affiliations. */
export const SigmetricsOrganisers: Story = { args: { people: "organisers" } };

/** Everyone who speaks at DeLTa, with their talks' times in Brasília time and the viewer's (Berlin). */
export const DeltaSpeakers: Story = { args: { program: deltaProgram } };

/** A biography opened by the visitor. */
export const BiographyOpen: Story = {
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector("speaker-list")!;
    await list.updateComplete;
    const button = list.shadowRoot!.querySelector<HTMLButtonElement>("button.toggle")!;
    button.click();
    await list.updateComplete;
    await expect(button.getAttribute("aria-expanded")).toBe("true");
  },
};

/** Dark theme, a biography open. */
export const Dark: Story = { args: { theme: "dark" }, play: BiographyOpen.play };

/** In a narrow column (a sidebar, a phone): one card per row. */
export const Narrow: Story = { args: { program: deltaProgram, width: "20rem" } };
