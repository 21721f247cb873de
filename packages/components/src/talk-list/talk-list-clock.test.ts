import { afterEach, describe, expect, it, vi } from "vitest";
import { all, clean, example, renderList, settle, texts } from "./talk-list-test-kit.js";

afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe("<talk-list> clock", () => {
  it("follows the real clock when now is not pinned, and moves on at its tick", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    vi.setSystemTime(new Date("2026-04-10T15:59:50+01:00"));
    const list = await renderList({ now: undefined });
    expect(texts(list, ".next-label")).toEqual(["Next talk, today"]);
    // Ten seconds later the talk has started; the list says so at the clock's next tick.
    vi.setSystemTime(new Date("2026-04-10T16:00:00+01:00"));
    vi.advanceTimersByTime(30_000);
    await settle(list);
    expect(texts(list, ".next-label")).toEqual(["Next talk, live now"]);
    expect(all(list, "article.meeting")[0]!.classList.contains("live")).toBe(true);
  });

  it("releases the clock when the now attribute is removed", async () => {
    vi.useFakeTimers({ toFake: ["Date", "setInterval", "clearInterval"] });
    vi.setSystemTime(new Date("2027-01-08T12:00:00Z"));
    const list = await renderList();
    expect(texts(list, ".next-label")).toEqual(["Next talk, in 3 days"]);
    list.removeAttribute("now");
    list.now = undefined;
    await settle(list);
    expect(texts(list, ".next-label")).toEqual([]);
    expect(clean(list.shadowRoot!.querySelector(".upcoming .empty")?.textContent)).toBe("No upcoming talks.");
  });

  it("writes its dates again when the page's lang changes, though no property did", async () => {
    const wrapper = document.createElement("div");
    wrapper.lang = "de";
    document.body.append(wrapper);
    const list = document.createElement("talk-list");
    Object.assign(list, { program: example, now: "2026-04-07T09:00:00+01:00", viewerZone: "Europe/London" });
    wrapper.append(list);
    await settle(list);
    expect(clean(all(list, ".meeting-date")[0]!.textContent)).toBe("Fr., 10. Apr. 2026");
    wrapper.lang = "fr";
    list.requestUpdate();
    await settle(list);
    expect(clean(all(list, ".meeting-date")[0]!.textContent)).toBe("ven. 10 avr. 2026");
  });
});
