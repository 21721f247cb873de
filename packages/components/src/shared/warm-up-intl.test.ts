import { afterEach, describe, expect, it, vi } from "vitest";
import { warmUpIntlWhileWaiting } from "./warm-up-intl.js";

describe("warmUpIntlWhileWaiting", () => {
  afterEach(() => vi.restoreAllMocks());

  it("creates one date-time format per page, in a task of its own, not in the caller's", async () => {
    const created = vi.spyOn(Intl, "DateTimeFormat");
    warmUpIntlWhileWaiting();
    warmUpIntlWhileWaiting();
    expect(created).not.toHaveBeenCalled();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(created).toHaveBeenCalledTimes(1);
    expect(created.mock.calls[0]![1]).toMatchObject({ timeZone: "UTC" });
    warmUpIntlWhileWaiting();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(created).toHaveBeenCalledTimes(1);
  });
});
