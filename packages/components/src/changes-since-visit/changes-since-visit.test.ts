import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { FavouritesChangeEvent } from "../schedule-grid/favourites-change-event.js";
import { favouritesKey } from "../schedule-grid/favourites-store.js";
import { findAccessibilityViolations } from "../testing/axe.js";
// DeLTa 2026 as published later: talk-chen moved, talk-doucet cancelled, talk-vidal retitled, lunch gone.
import { deltaLaterVersion as laterVersion } from "../testing/delta-versions.js";
import { deltaProgram } from "../testing/fixtures.js";
import type { ChangesSinceVisitElement } from "./changes-since-visit.element.js";
import "./define.js";
import { lastSeenKey } from "./last-visit.js";

const favourites = ["talk-chen", "talk-doucet", "talk-vidal", "lunch", "talk-nitanda"];

/** One visit: the element on the page, showing `program`, in en-GB. */
async function visit(program: unknown, props: Partial<ChangesSinceVisitElement> = {}) {
  document.body.replaceChildren();
  const element = Object.assign(document.createElement("changes-since-visit"), { program, locale: "en-GB", ...props });
  document.body.append(element);
  await element.updateComplete;
  return element;
}

const rows = (element: ChangesSinceVisitElement) =>
  [...element.shadowRoot!.querySelectorAll<HTMLElement>(".item")].map((item) =>
    item.textContent!.replace(/\s+/g, " ").trim(),
  );
const shown = (element: ChangesSinceVisitElement) => element.shadowRoot!.querySelector('[part="changes"]') !== null;

beforeEach(() => {
  localStorage.clear();
  localStorage.setItem(favouritesKey(deltaProgram), JSON.stringify(favourites));
});

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
  localStorage.clear();
});

describe("<changes-since-visit>", () => {
  it("shows nothing on a first visit, then lists what changed among the favourites on the next one", async () => {
    const first = await visit(deltaProgram);
    expect(shown(first)).toBe(false);
    expect(first.getBoundingClientRect().height).toBe(0);
    expect(localStorage.getItem(lastSeenKey(deltaProgram))).toContain("talk-chen");

    const second = await visit(laterVersion());
    expect(second.shadowRoot!.querySelector('[role="heading"]')!.textContent!.trim()).toBe(
      "Changed since your last visit",
    );
    expect(rows(second)).toEqual([
      "Theory for Discrete Diffusions: Parallel Decoding and Variable-Length Generation Moved was Mon 27 Apr 09:40–10:10 now Mon 27 Apr 14:00–14:30",
      "Unsupervised Source Separation via Generative Modeling Cancelled",
      "Geometry and Optimization Retitled was “How Geometry Shapes Optimization in Deep Generative Models”",
      "Lunch Removed",
    ]);
    // A removed favourite has no talk to link to; the others link to theirs in the grid.
    const links = [...second.shadowRoot!.querySelectorAll("a.title")].map((link) => link.getAttribute("href"));
    expect(links).toEqual(["#talk-talk-chen", "#talk-talk-doucet", "#talk-talk-vidal"]);
  });

  it("keeps listing the changes across reloads until they are marked seen", async () => {
    await visit(deltaProgram);
    await visit(laterVersion());
    const reloaded = await visit(laterVersion());
    expect(rows(reloaded)).toHaveLength(4);
    reloaded.shadowRoot!.querySelector<HTMLButtonElement>(".mark-seen")!.click();
    await reloaded.updateComplete;
    expect(shown(reloaded)).toBe(false);
    expect(shown(await visit(laterVersion()))).toBe(false);
  });

  it("follows the grid's favourites on the page: an unstarred favourite leaves the list", async () => {
    await visit(deltaProgram);
    const element = await visit(laterVersion());
    document.body.dispatchEvent(new FavouritesChangeEvent(["talk-doucet"]));
    await element.updateComplete;
    expect(rows(element)).toEqual([expect.stringMatching(/ Cancelled$/)]);
  });

  it("shows nothing and throws nothing when every storage call throws (Safari's private mode)", async () => {
    await visit(deltaProgram);
    const blocked = () => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    };
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(blocked);
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(blocked);
    const errors = vi.spyOn(console, "error");
    const element = await visit(laterVersion());
    expect(shown(element)).toBe(false);
    expect(element.shadowRoot!.querySelector("[role=alert]")).toBeNull();
    expect(errors).not.toHaveBeenCalled();
  });

  it("loses nothing when storage cannot be read: what the last visit saved is not overwritten", async () => {
    await visit(deltaProgram);
    const saved = localStorage.getItem(lastSeenKey(deltaProgram));
    vi.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new DOMException("The operation is insecure.", "SecurityError");
    });
    const setItem = vi.spyOn(Storage.prototype, "setItem");
    expect(shown(await visit(laterVersion()))).toBe(false);
    expect(setItem).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    // Storage is back: the changes since that visit are still there to list.
    expect(localStorage.getItem(lastSeenKey(deltaProgram))).toBe(saved);
    expect(rows(await visit(laterVersion()))).toHaveLength(4);
  });

  it("still lists the changes, and takes them as seen for this visit, when storage cannot be written (full)", async () => {
    await visit(deltaProgram);
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("Quota exceeded", "QuotaExceededError");
    });
    const element = await visit(laterVersion());
    expect(rows(element)).toHaveLength(4);
    element.shadowRoot!.querySelector<HTMLButtonElement>(".mark-seen")!.click();
    await element.updateComplete;
    expect(shown(element)).toBe(false);
  });

  it.each(["light", "dark"] as const)("has no accessibility violations in the %s theme", async (theme) => {
    await visit(deltaProgram);
    const element = await visit(laterVersion(), { theme });
    expect(rows(element)).toHaveLength(4);
    expect(await findAccessibilityViolations(element)).toEqual([]);
  });
});
