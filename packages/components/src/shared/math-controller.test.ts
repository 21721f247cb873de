import temml from "temml";
import { afterEach, describe, expect, it, vi } from "vitest";
import { loadMathRenderer } from "./math-controller.js";

describe("loadMathRenderer", () => {
  afterEach(() => vi.restoreAllMocks());

  it("renders TeX to MathML, each formula once per page", async () => {
    const render = await loadMathRenderer();
    const temmlCalls = vi.spyOn(temml, "renderToString");
    const first = render("x^2 + y_{10}", false);
    expect(first).toMatch(/^<math[\s>]/);
    expect(first).toContain("<msup>");
    expect(render("x^2 + y_{10}", false)).toBe(first);
    expect(temmlCalls).toHaveBeenCalledTimes(1);
    // Display and inline are different renderings of the same TeX.
    const display = render("x^2 + y_{10}", true);
    expect(display).not.toBe(first);
    expect(display).toContain('display="block"');
    expect(temmlCalls).toHaveBeenCalledTimes(2);
  });

  it("gives undefined, every time, for TeX that makes temml throw", async () => {
    const render = await loadMathRenderer();
    const temmlCalls = vi.spyOn(temml, "renderToString").mockImplementation(() => {
      throw new TypeError("broken");
    });
    expect(render("\\unheard{of}", false)).toBeUndefined();
    expect(render("\\unheard{of}", false)).toBeUndefined();
    expect(temmlCalls).toHaveBeenCalledTimes(1);
  });
});
