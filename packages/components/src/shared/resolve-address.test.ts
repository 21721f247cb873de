import { describe, expect, it } from "vitest";
import { resolveAddress } from "./resolve-address.js";

describe("resolveAddress", () => {
  it.each([
    ["program.json", "https://uni.example/events/", "https://uni.example/events/program.json"],
    ["/data/program.json", "https://uni.example/events/", "https://uni.example/data/program.json"],
    ["https://cdn.example/p.json", "https://uni.example/", "https://cdn.example/p.json"],
    ["program 2026.json", "https://uni.example/", "https://uni.example/program%202026.json"],
  ])("reads %j against %s as %s", (src, base, href) => {
    expect(resolveAddress(src, base)).toEqual({ ok: true, href });
  });

  it.each(["http://[", "https://[::1/program.json", "http://:80/"])("says %j is not an address, quoting it", (src) => {
    expect(resolveAddress(src, "https://uni.example/")).toEqual({
      ok: false,
      message: `${JSON.stringify(src)} is not an address: it cannot be read as a URL, neither whole nor relative to the page (https://uni.example/)`,
    });
  });
});
