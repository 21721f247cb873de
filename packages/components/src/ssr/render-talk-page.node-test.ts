import { parseProgram, type Program } from "@lectern/core";
import { render } from "@lit-labs/ssr";
import { collectResult } from "@lit-labs/ssr/lib/render-result.js";
import { html } from "lit";
import { describe, expect, it } from "vitest";
import { deltaProgram, programFrom } from "../testing/fixtures.js";
import { fosdemShapedData } from "../testing/fosdem-shaped-data.js";
import { renderSpeakersPage, renderTalkPage } from "./render-program-page.js";

/**
 * FOSDEM's shape (876 items, 35 rooms, 900 people) with an abstract on every item, as a real
 * program has, and one session with a chair around two talks of the first room.
 */
function fosdemWithSessions(): Program {
  const data = fosdemShapedData() as { items: Record<string, unknown>[]; sessions?: unknown[] };
  for (const item of data.items) item.abstract = `${String(item.title)}: ${"what the talk is about. ".repeat(25)}`;
  data.sessions = [{ id: "janson-morning", title: "Janson morning", chairs: ["p7"], items: ["e0", "e35"] }];
  return programFrom(data);
}

const fosdem = fosdemWithSessions();

/** The inline program a page hands to the browser, read back through the parse boundary. */
/** The JSON text of the program a page carries for its elements. */
function inlineProgramText(page: string): string {
  const inline = /<script type="application\/json" id="lectern-program">([^<]*)<\/script>/.exec(page);
  expect(inline).not.toBeNull();
  return inline![1]!;
}

function inlineProgramOf(page: string): Program {
  const result = parseProgram(JSON.parse(inlineProgramText(page)));
  expect(result.ok ? [] : result.errors).toEqual([]);
  return (result as { program: Program }).program;
}

/**
 * The declarative shadow root of the page's `<tag>`, markers and all, with the number each
 * element takes for its ids (`talk-card-3-title`: one more per element made) left out.
 */
function shadowOf(page: string, tag: string): string {
  const start = page.indexOf(`<template shadowroot="open"`, page.indexOf(`<${tag}`));
  return page.slice(start, page.indexOf(`</${tag}>`, start)).replace(new RegExp(`${tag}-\\d+-`, "g"), `${tag}-n-`);
}

const wholeCard = async (program: Program, itemId: string) =>
  shadowOf(
    await collectResult(
      render(
        html`<talk-card
          .program=${program}
          .viewerZone=${program.event.timeZone}
          locale="en"
          item-id=${itemId}
          expanded
          heading-level="1"
        ></talk-card>`,
      ),
    ),
    "talk-card",
  );

describe("a talk page of a FOSDEM-sized program", () => {
  it("carries its own item, not the others", async () => {
    const page = await renderTalkPage(fosdem, "e35");
    expect(page).toContain("Talk number 35 about");
    expect(page).not.toContain("Talk number 36 about");
    expect(inlineProgramOf(page).items.map((item) => item.id)).toEqual(["e35"]);
    // The whole program is a little over 1 MB as JSON, like FOSDEM's; the page about 16 kB, of
    // which half is the card's styles (the problems box among them) and 1.4 kB its one item.
    expect(page.length * 40).toBeLessThan(JSON.stringify(fosdem).length);
    expect(inlineProgramText(page).length).toBeLessThan(2_000);
  });

  it("shows the session, its chair, the room and the speaker as the whole program would", async () => {
    const page = await renderTalkPage(fosdem, "e35");
    const card = shadowOf(page, "talk-card");
    const speaker = fosdem.items.find((item) => item.id === "e35")!.speakers![0]!;
    for (const shown of ["Janson morning", "Speaker 7", "Janson", `Speaker ${speaker.slice(1)}`])
      expect(card).toContain(shown);
    expect(card).toBe(await wholeCard(fosdem, "e35"));
    // The talk is the page's title: its heading is the page's one level-1 heading.
    expect(card).toMatch(/<div part="title" class="title" role="heading" aria-level="1"/);
  });

  it("gives every DeLTa talk the same card as the whole program", async () => {
    for (const item of deltaProgram.items)
      expect(shadowOf(await renderTalkPage(deltaProgram, item.id), "talk-card")).toBe(
        await wholeCard(deltaProgram, item.id),
      );
  });
});

describe("the speakers page", () => {
  it.each([
    ["FOSDEM-sized", fosdem],
    ["DeLTa", deltaProgram],
  ])("of the %s program lists the same people and talks, without the abstracts", async (_name, program) => {
    const page = await renderSpeakersPage(program);
    const handed = inlineProgramOf(page);
    expect(handed.people).toEqual(program.people);
    expect(handed.items.some((item) => item.abstract !== undefined)).toBe(false);
    const whole = await collectResult(
      render(
        html`<speaker-list
          .program=${program}
          .viewerZone=${program.event.timeZone}
          locale=${program.event.language ?? "en"}
          heading-level="2"
        ></speaker-list>`,
      ),
    );
    expect(shadowOf(page, "speaker-list")).toBe(shadowOf(whole, "speaker-list"));
  });
});
