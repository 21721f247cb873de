import { afterEach, describe, expect, it } from "vitest";
import { syntheticDigest } from "../testing/paper-digests.js";
import { all, clean, renderList, root, settle, summary, type } from "./paper-list-test-kit.js";

afterEach(() => {
  document.body.replaceChildren();
});

describe("<paper-list>: 2,000 papers", () => {
  const large = syntheticDigest(2000);

  it("shows the first page only, and 'Show more' adds the next, moving focus to it", async () => {
    const list = await renderList({ digest: large });
    expect(all(list, ".card")).toHaveLength(50);
    expect(summary(list)).toBe("2,000 of 2,000 papers");
    const more = root(list).querySelector<HTMLButtonElement>("[part=show-more]")!;
    expect(clean(more.textContent)).toBe("Show 50 more");
    expect(clean(root(list).querySelector(".more span")?.textContent)).toBe("Showing 50 of 2,000");
    more.click();
    await settle(list);
    const cards = all(list, ".card");
    expect(cards).toHaveLength(100);
    expect(root(list).activeElement).toBe(cards[50]);
  });

  it("starts again at the first page when the filter changes", async () => {
    const list = await renderList({ digest: large });
    root(list).querySelector<HTMLButtonElement>("[part=show-more]")!.click();
    await settle(list);
    await type(list, "input[type=search]", "diffusion");
    expect(all(list, ".card")).toHaveLength(50);
  });

  it("honours page-size", async () => {
    const list = await renderList({ digest: large, pageSize: 20 });
    expect(all(list, ".card")).toHaveLength(20);
  });

  it("keeps the page shown when an abstract opens, or when equal topics are set again", async () => {
    const list = await renderList({ digest: large, facets: [] });
    root(list).querySelector<HTMLButtonElement>("[part=show-more]")!.click();
    await settle(list);
    root(list).querySelector<HTMLButtonElement>("button.toggle")!.click();
    await settle(list);
    expect(all(list, ".card")).toHaveLength(100);
    // A framework's wrapper sets a new array with the same topics on each of its renders.
    list.facets = [];
    await settle(list);
    expect(all(list, ".card")).toHaveLength(100);
    expect(all(list, "button.toggle[aria-expanded=true]")).toHaveLength(1);
  });
});
