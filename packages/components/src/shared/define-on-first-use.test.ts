import { afterEach, describe, expect, it, vi } from "vitest";
import { defineOnFirstUse } from "./define-on-first-use.js";

let serial = 0;
/** A fresh tag per test (a tag can be defined only once per page) and a loader that counts. */
function lazyTag() {
  const tag = `lazy-probe-${(serial += 1)}`;
  const loader = vi.fn(async () => {
    if (!customElements.get(tag)) customElements.define(tag, class extends HTMLElement {});
  });
  return { tag, loader };
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => document.body.replaceChildren());

describe("defineOnFirstUse", () => {
  it("does not load an element the page does not use", async () => {
    const { tag, loader } = lazyTag();
    defineOnFirstUse({ [tag]: loader });
    document.body.append(document.createElement("div"));
    await settle();
    expect(loader).not.toHaveBeenCalled();
    expect(customElements.get(tag)).toBeUndefined();
  });

  it("loads an element already in the page at once", async () => {
    const { tag, loader } = lazyTag();
    document.body.innerHTML = `<main><${tag}></${tag}></main>`;
    defineOnFirstUse({ [tag]: loader });
    expect(loader).toHaveBeenCalledTimes(1);
    await customElements.whenDefined(tag);
    expect(document.querySelector(tag)).toBeInstanceOf(customElements.get(tag)!);
  });

  it("loads an element added later, even nested in added markup, once", async () => {
    const { tag, loader } = lazyTag();
    defineOnFirstUse({ [tag]: loader });
    const section = document.createElement("section");
    section.innerHTML = `<div><${tag}></${tag}></div>`;
    document.body.append(section);
    document.body.append(document.createElement(tag));
    await customElements.whenDefined(tag);
    expect(loader).toHaveBeenCalledTimes(1);
    expect(section.querySelector(tag)).toBeInstanceOf(customElements.get(tag)!);
  });

  it("reports a chunk that fails to load in the console instead of throwing", async () => {
    const tag = `lazy-probe-${(serial += 1)}`;
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    document.body.innerHTML = `<${tag}></${tag}>`;
    defineOnFirstUse({ [tag]: () => Promise.reject(new Error("404")) });
    await settle();
    expect(consoleError).toHaveBeenCalledWith(`Lectern could not load <${tag}>:`, expect.any(Error));
    consoleError.mockRestore();
  });

  it("leaves an element that is already defined alone", () => {
    const { tag, loader } = lazyTag();
    customElements.define(tag, class extends HTMLElement {});
    document.body.innerHTML = `<${tag}></${tag}>`;
    defineOnFirstUse({ [tag]: loader });
    expect(loader).not.toHaveBeenCalled();
  });
});
