import { afterEach, describe, expect, it } from "vitest";
import { deltaProgram, programData, programFrom, sigmetricsProgram } from "../testing/fixtures.js";
import { all, cardOf, cardText, clean, renderList } from "./speaker-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("<speaker-list> cards", () => {
  it("shows initials in a circle when there is no photo", async () => {
    const list = await renderList({}, deltaProgram);
    const initials = cardOf(list, "René Vidal").querySelector<HTMLElement>(".initials")!;
    expect(clean(initials.textContent)).toBe("RV");
    expect(initials.getAttribute("aria-hidden")).toBe("true");
    expect(getComputedStyle(initials).borderRadius).toBe("50%");
  });

  it("shows one initial for a one-word name", async () => {
    const data = programData(deltaProgram);
    data.people.find((person: any) => person.id === "rene-vidal").name = "Vidal";
    const list = await renderList({}, programFrom(data));
    expect(cardText(cardOf(list, "Vidal"), ".initials")).toBe("V");
  });

  it("renders a photo as a lazy image with empty alt, the name being beside it", async () => {
    const data = programData(deltaProgram);
    data.people.find((person: any) => person.id === "rene-vidal").photo = "https://example.org/vidal.jpg";
    const list = await renderList({}, programFrom(data));
    const image = cardOf(list, "René Vidal").querySelector("img")!;
    expect([image.getAttribute("src"), image.getAttribute("alt"), image.getAttribute("loading")]).toEqual([
      "https://example.org/vidal.jpg",
      "",
      "lazy",
    ]);
    expect(cardOf(list, "René Vidal").querySelector(".initials")).toBeNull();
  });

  it("falls back to initials when a photo fails to load", async () => {
    const data = programData(deltaProgram);
    data.people.find((person: any) => person.id === "rene-vidal").photo =
      `${location.origin}/no-such-photo-${Date.now()}.jpg`;
    const list = await renderList({}, programFrom(data));
    await expect.poll(() => cardText(cardOf(list, "René Vidal"), ".initials"), { timeout: 5000 }).toBe("RV");
    expect(cardOf(list, "René Vidal").querySelector("img")).toBeNull();
  });

  it("links a valid https homepage and an ORCID iD, with text labels", async () => {
    const data = programData(sigmetricsProgram);
    Object.assign(
      data.people.find((person: any) => person.id === "sitan-chen"),
      {
        homepage: "https://sitanchen.com/",
        orcid: "0000-0002-1825-0097",
      },
    );
    const list = await renderList({}, programFrom(data));
    const links = [...cardOf(list, "Sitan Chen").querySelectorAll<HTMLAnchorElement>(".links a")].map((link) => [
      clean(link.textContent),
      link.href,
    ]);
    expect(links).toEqual([
      ["Homepage (Sitan Chen)", "https://sitanchen.com/"],
      ["ORCID 0000-0002-1825-0097 (Sitan Chen)", "https://orcid.org/0000-0002-1825-0097"],
    ]);
  });

  it("uses the heading level it is given for names", async () => {
    const list = await renderList({ headingLevel: 2 });
    expect(
      all(list, ".name").every(
        (name) => name.getAttribute("role") === "heading" && name.getAttribute("aria-level") === "2",
      ),
    ).toBe(true);
  });

  it("uses overridden strings", async () => {
    const list = await renderList({
      strings: { nameToBeAnnounced: "Nome a anunciar", talkToBeAnnounced: "Palestra a anunciar" },
    });
    const card = cardOf(list, "Nome a anunciar");
    expect(cardText(card, ".talks")).toBe("Palestra a anunciar");
  });
});
