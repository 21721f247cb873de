import { afterEach, describe, expect, it } from "vitest";
import { clean, renderList, root, settle, smallDigest, titles } from "./paper-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("<paper-list>: data sources", () => {
  it("reads an inline <script type=application/json> child", async () => {
    const list = document.createElement("paper-list");
    const script = Object.assign(document.createElement("script"), {
      type: "application/json",
      textContent: JSON.stringify(smallDigest()),
    });
    list.append(script);
    document.body.append(list);
    await settle(list);
    expect(titles(list)).toHaveLength(4);
  });

  it("fetches the src URL", async () => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(smallDigest())], { type: "application/json" }));
    const list = await renderList({ digest: undefined, src: url });
    await expect.poll(() => titles(list).length).toBe(4);
  });

  it("lists the problems of invalid data with their paths and lines, never a blank box", async () => {
    const data = JSON.parse(JSON.stringify(smallDigest()));
    data.papers[1].tags[0].score = 1.5;
    data.papers[2].yaer = 2022;
    const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }));
    const list = await renderList({ digest: undefined, src: url });
    await expect.poll(() => root(list).querySelector("[role=alert]")).not.toBeNull();
    const alert = clean(root(list).querySelector("[role=alert]")!.textContent)!;
    expect(alert).toContain(`The papers from ${url} could not be shown: 2 problems to fix.`);
    expect(alert).toMatch(/papers\[1\]\.tags\[0\]\.score \(line \d+, column \d+\): must be between 0 and 1/);
    expect(alert).toMatch(/papers\[2\]\.yaer \(line \d+, column \d+\): .*did you mean "year"\?/);
  });

  it("shows the problems of a digest property", async () => {
    const list = await renderList({ digest: { title: "x", papers: [{ id: "a" }] } });
    // A digest of the wrong shape is worded once zod's part has loaded.
    await expect
      .poll(() => clean(root(list).querySelector("[role=alert] li")?.textContent) ?? "", { timeout: 10_000 })
      .toMatch(/^papers\[0\]\.title/);
  });

  it("says when the src cannot be loaded", async () => {
    const url = URL.createObjectURL(new Blob(["{}"]));
    URL.revokeObjectURL(url);
    const list = await renderList({ digest: undefined, src: url });
    await expect
      .poll(() => root(list).querySelector("[role=alert]")?.textContent ?? "")
      .toContain("could not be loaded");
  });

  it("explains what is missing when there is no digest at all", async () => {
    const list = await renderList({ digest: undefined });
    expect(root(list).querySelector("[role=alert]")?.textContent).toContain("set the src attribute");
  });
});
