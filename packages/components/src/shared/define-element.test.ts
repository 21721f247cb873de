import { afterEach, describe, expect, it, vi } from "vitest";
import { defineElement } from "./define-element.js";

let serial = 0;
/** A fresh tag per test: a tag can be defined only once per page. */
const freshTag = () => `define-probe-${(serial += 1)}`;

afterEach(() => vi.restoreAllMocks());

describe("defineElement", () => {
  it("defines a free tag, silently", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const tag = freshTag();
    class ProbeElement extends HTMLElement {}
    defineElement(tag, ProbeElement);
    expect(customElements.get(tag)).toBe(ProbeElement);
    expect(document.createElement(tag)).toBeInstanceOf(ProbeElement);
    expect(warn).not.toHaveBeenCalled();
  });

  it("is silent when the same class is registered again (its module loaded twice)", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const tag = freshTag();
    class ProbeElement extends HTMLElement {}
    defineElement(tag, ProbeElement);
    expect(() => defineElement(tag, ProbeElement)).not.toThrow();
    expect(customElements.get(tag)).toBe(ProbeElement);
    expect(warn).not.toHaveBeenCalled();
  });

  it("keeps another library's class under the tag and warns, naming the tag, that Lectern's element is not registered", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const tag = freshTag();
    class OtherLibraryCard extends HTMLElement {}
    class LecternCard extends HTMLElement {}
    customElements.define(tag, OtherLibraryCard);
    expect(() => defineElement(tag, LecternCard)).not.toThrow();
    expect(customElements.get(tag)).toBe(OtherLibraryCard);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe(
      `Lectern's <${tag}> is not registered: another class (OtherLibraryCard) already defines the tag, and the page keeps it.`,
    );
  });

  it("is what an element's define module does: another library's <talk-card> keeps the tag, with a warning", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    class OtherTalkCard extends HTMLElement {}
    // This test file has a page of its own, so the foreign <talk-card> cannot reach other tests.
    customElements.define("talk-card", OtherTalkCard);
    const { TalkCardElement } = await import("../talk-card/define.js");
    expect(customElements.get("talk-card")).toBe(OtherTalkCard);
    expect(TalkCardElement).not.toBe(OtherTalkCard);
    expect(warn).toHaveBeenCalledWith(
      "Lectern's <talk-card> is not registered: another class (OtherTalkCard) already defines the tag, and the page keeps it.",
    );
  });
});
