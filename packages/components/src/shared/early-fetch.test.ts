import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchSourcesEarly, takeEarlyFetch } from "./early-fetch.js";

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { "content-type": "application/json" } });

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe("fetchSourcesEarly", () => {
  it("fetches each src once, for every element that names it, and hands the text over", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockImplementation(async () => json({ event: "early" }));
    document.body.innerHTML = `<schedule-grid src="early-a.json"></schedule-grid><speaker-list src="early-a.json"></speaker-list><div src="early-b.json"></div>`;
    fetchSourcesEarly(["schedule-grid", "speaker-list"]);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(String(fetchSpy.mock.calls[0]![0])).toBe(new URL("early-a.json", document.baseURI).href);
    const first = await takeEarlyFetch("early-a.json");
    const second = await takeEarlyFetch(new URL("early-a.json", document.baseURI).href);
    expect(first).toEqual({ ok: true, status: 200, statusText: "", text: '{"event":"early"}' });
    expect(second).toBe(first);
    // Both elements have taken it: a later load of the same URL fetches afresh.
    expect(takeEarlyFetch("early-a.json")).toBeUndefined();
    expect(takeEarlyFetch("early-b.json")).toBeUndefined();
  });

  it("leaves an element alone whose inline JSON wins over its src", () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockImplementation(async () => json({}));
    document.body.innerHTML = `<schedule-grid src="early-c.json"><script type="application/json">{}</script></schedule-grid>`;
    fetchSourcesEarly(["schedule-grid"]);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(takeEarlyFetch("early-c.json")).toBeUndefined();
  });

  it("passes a server's error status and a network failure on to the element that takes it", async () => {
    vi.spyOn(globalThis, "fetch").mockImplementation(async (url) =>
      String(url).endsWith("missing.json")
        ? new Response("", { status: 404, statusText: "Not Found" })
        : Promise.reject(new TypeError("Failed to fetch")),
    );
    document.body.innerHTML = `<schedule-grid src="missing.json"></schedule-grid><schedule-grid src="offline.json"></schedule-grid>`;
    fetchSourcesEarly(["schedule-grid"]);
    await expect(takeEarlyFetch("missing.json")).resolves.toMatchObject({ ok: false, status: 404, text: "" });
    await expect(takeEarlyFetch("offline.json")).rejects.toThrow("Failed to fetch");
  });

  it("skips a src that is not a URL, without throwing, and still fetches the others (issue 18)", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch").mockImplementation(async () => json({ event: "good" }));
    document.body.innerHTML = `<schedule-grid src="http://["></schedule-grid><schedule-grid src="early-good.json"></schedule-grid>`;
    expect(() => fetchSourcesEarly(["schedule-grid"])).not.toThrow();
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    expect(String(fetchSpy.mock.calls[0]![0])).toBe(new URL("early-good.json", document.baseURI).href);
    expect(() => takeEarlyFetch("http://[")).not.toThrow();
    expect(takeEarlyFetch("http://[")).toBeUndefined();
    await expect(takeEarlyFetch("early-good.json")).resolves.toMatchObject({ ok: true, text: '{"event":"good"}' });
  });
});
