import type { Meta, StoryObj } from "@storybook/web-components-vite";
import { html } from "lit";
import { expect } from "storybook/test";
import { deltaProgram } from "../testing/fixtures.js";
import { diffusionDigest, syntheticDigest } from "../testing/paper-digests.js";
import { problemsShown } from "../testing/problems-shown.js";
import "./define.js";

interface PaperListArgs {
  digest: unknown;
  program?: unknown;
  query: string;
  minConfidence: number;
  sort: "relevance" | "title" | "year" | "score";
  theme?: "light" | "dark";
  locale: string;
  width: string;
}

const meta: Meta<PaperListArgs> = {
  title: "Elements/paper-list",
  component: "paper-list",
  args: { digest: diffusionDigest, query: "", minConfidence: 0, sort: "relevance", locale: "en-GB", width: "72rem" },
  argTypes: {
    digest: { control: false },
    minConfidence: { control: { type: "range", min: 0, max: 1, step: 0.05 } },
    sort: { control: "inline-radio", options: ["relevance", "title", "year", "score"] },
    theme: { control: "inline-radio", options: ["light", "dark"] },
  },
  render: (args) =>
    html`<div
      style="max-width: ${args.width}; padding: 1rem; background: ${args.theme === "dark" ? "#14181d" : "transparent"}"
    >
      <paper-list
        .digest=${args.digest}
        .program=${args.program}
        .query=${args.query}
        .minConfidence=${args.minConfidence}
        sort=${args.sort}
        locale=${args.locale}
        theme=${args.theme ?? "light"}
      ></paper-list>
    </div>`,
};
export default meta;

type Story = StoryObj<PaperListArgs>;

/** The "Diffusion models" example: 23 papers from 2015 to 2023 with classifier tags. */
export const DiffusionDigest: Story = {};

/** Filtered: the vision papers the classifier is at least 0.9 sure of, newest first, an abstract with math open. */
export const Filtered: Story = {
  args: { minConfidence: 0.9, sort: "year" },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector("paper-list")!;
    await list.updateComplete;
    const vision = [...list.shadowRoot!.querySelectorAll<HTMLLabelElement>(".facet")].find(
      (label) => label.querySelector(".facet-label")?.textContent === "Vision",
    )!;
    vision.querySelector("input")!.click();
    await list.updateComplete;
    list.shadowRoot!.querySelector<HTMLButtonElement>("button.toggle")!.click();
    await list.updateComplete;
    await expect(list.shadowRoot!.querySelector("[part=summary]")?.textContent).toBe("6 of 23 papers");
  },
};

/** A program (DeLTa 2026) rather than a digest: its 7 invited talks and 6 orals, not its breaks. */
export const FromProgram: Story = {
  args: { digest: undefined, program: deltaProgram },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector("paper-list")!;
    await list.updateComplete;
    await expect(list.shadowRoot!.querySelector("[part=summary]")?.textContent).toBe("13 of 13 papers");
  },
};

/** A search by an author's name typed without its accent. */
export const SearchByAuthor: Story = { args: { query: "bjorn" } };

/** 2,000 generated papers: the first 50 are in the document, "Show more" adds 50 at a time. */
export const TwoThousandPapers: Story = {
  args: { digest: syntheticDigest(2000) },
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector("paper-list")!;
    await list.updateComplete;
    await expect(list.shadowRoot!.querySelectorAll(".card").length).toBe(50);
  },
};

/** Invalid data: the problems with their paths, never a blank box. */
export const Errors: Story = {
  args: {
    digest: {
      title: "Broken",
      people: [{ id: "ana", name: "Ana Souza" }],
      papers: [
        { id: "p1", title: "A paper", authors: [{ person: "ana" }], tags: [{ label: "Vision", score: 1.4 }] },
        { id: "p2", titel: "A misspelt field" },
      ],
    },
  },
  play: problemsShown("paper-list"),
};

/** Dark theme, filtered. */
export const Dark: Story = { args: { ...Filtered.args, theme: "dark" }, play: Filtered.play };

/** In a narrow column (a sidebar, a phone): the filters above the papers. */
export const Narrow: Story = { args: { width: "22rem" } };
