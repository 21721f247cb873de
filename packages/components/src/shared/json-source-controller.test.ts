import { LitElement } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import { JsonSourceController, type JsonSourceReader, type JsonSourceResult } from "./json-source-controller.js";

/** A bare host that reads `value` and `src` through the controller on every update. */
class SourceHost extends LitElement {
  static override properties = { value: { attribute: false }, src: {} };
  declare value: unknown;
  declare src: string | undefined;
  reader!: JsonSourceReader<string>;
  source!: JsonSourceController<string>;
  override connectedCallback(): void {
    this.source ??= new JsonSourceController(this, this.reader);
    super.connectedCallback();
  }
  protected override willUpdate(): void {
    this.source.update({ value: this.value, src: this.src });
  }
}
customElements.define("json-source-host", SourceHost);

const answer = (text: string): JsonSourceResult<string> => ({ ok: true, value: text, warnings: [] });

async function host(
  reader: Partial<JsonSourceReader<string>>,
  sources: { value?: unknown; src?: string },
): Promise<SourceHost> {
  const element = document.createElement("json-source-host") as SourceHost;
  element.reader = { property: "data", fromValue: (value) => answer(String(value)), fromText: answer, ...reader };
  Object.assign(element, sources);
  document.body.append(element);
  await element.updateComplete;
  return element;
}

afterEach(() => document.body.replaceChildren());

describe("JsonSourceController with a reader that answers later", () => {
  it("is loading until the answer arrives, then ready", async () => {
    let resolve!: (result: JsonSourceResult<string>) => void;
    const element = await host({ fromValue: () => new Promise((done) => (resolve = done)) }, { value: "later" });
    expect(element.source.state).toEqual({ status: "loading" });
    resolve(answer("arrived"));
    await expect.poll(() => element.source.state).toEqual({ status: "ready", data: "arrived", warnings: [] });
  });

  it("says the document could not be checked when the reader fails, naming the source, not a failed URL", async () => {
    const url = URL.createObjectURL(new Blob(["{}"]));
    const element = await host(
      { fromText: () => Promise.reject(new TypeError("Failed to fetch dynamically imported module")) },
      { src: url },
    );
    await expect.poll(() => element.source.state.status).toBe("error");
    expect(element.source.state).toEqual({
      status: "error",
      source: url,
      problems: [
        expect.objectContaining({ message: "could not be checked: Failed to fetch dynamically imported module" }),
      ],
    });
  });

  it("drops an answer about sources that changed before it arrived", async () => {
    let resolve!: (result: JsonSourceResult<string>) => void;
    const element = await host(
      { fromValue: (value) => (value === "old" ? new Promise((done) => (resolve = done)) : answer(String(value))) },
      { value: "old" },
    );
    element.value = "new";
    await element.updateComplete;
    resolve(answer("old"));
    await new Promise((done) => setTimeout(done, 20));
    expect(element.source.state).toEqual({ status: "ready", data: "new", warnings: [] });
  });
});

describe("JsonSourceController with a src that is not a URL (issue 18)", () => {
  it("is in error at once, saying the src is not an address, and loads once the src is fixed", async () => {
    const element = await host({}, { src: "http://[" });
    expect(element.source.state).toEqual({
      status: "error",
      source: "http://[",
      problems: [
        expect.objectContaining({
          message: expect.stringMatching(/^"http:\/\/\[" is not an address: it cannot be read as a URL/),
        }),
      ],
    });
    element.src = URL.createObjectURL(new Blob(["fixed"]));
    await element.updateComplete;
    await expect.poll(() => element.source.state).toEqual({ status: "ready", data: "fixed", warnings: [] });
  });
});
