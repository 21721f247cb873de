import { html, render } from "lit";
import { afterEach, describe, expect, it } from "vitest";
import { styleProperties, type StyleProperties } from "./style-properties.js";

const container = document.createElement("div");
const draw = (properties: StyleProperties) => render(html`<div style=${styleProperties(properties)}></div>`, container);
const drawn = () => container.querySelector("div")!;

afterEach(() => render(html``, container));

describe("styleProperties()", () => {
  it("sets properties through the CSSOM on the first render too, custom properties included", () => {
    const set: string[] = [];
    const original = CSSStyleDeclaration.prototype.setProperty;
    CSSStyleDeclaration.prototype.setProperty = function (
      this: CSSStyleDeclaration,
      ...args: Parameters<typeof original>
    ) {
      set.push(args[0]);
      return original.apply(this, args);
    };
    const setAttribute = Element.prototype.setAttribute;
    const attributes: string[] = [];
    Element.prototype.setAttribute = function (this: Element, name: string, value: string) {
      attributes.push(name);
      return setAttribute.call(this, name, value);
    };
    try {
      draw({ "grid-row": "2 / 4", "--_rows": "7", "grid-column": undefined });
    } finally {
      CSSStyleDeclaration.prototype.setProperty = original;
      Element.prototype.setAttribute = setAttribute;
    }
    expect(set).toEqual(["grid-row", "--_rows"]);
    expect(attributes).not.toContain("style");
    expect(drawn().style.gridRow).toBe("2 / 4");
    expect(drawn().style.getPropertyValue("--_rows")).toBe("7");
  });

  it("removes a property that is no longer given, and changes the others in place", () => {
    draw({ "grid-row": "2", "--_span": "3" });
    const element = drawn();
    draw({ "grid-row": "5", "--_span": undefined });
    expect(drawn()).toBe(element);
    expect(element.style.gridRow).toBe("5");
    expect(element.style.getPropertyValue("--_span")).toBe("");
  });

  it("refuses any place but the whole style attribute", () => {
    expect(() => render(html`<div class=${styleProperties({})}></div>`, container)).toThrow(/whole style attribute/);
    expect(() => render(html`<div ${styleProperties({})}></div>`, container)).toThrow(/whole style attribute/);
    expect(() => render(html`<div style="color:red;${styleProperties({})}"></div>`, container)).toThrow(
      /whole style attribute/,
    );
  });

  it("is the style attribute's CSS text where a server renders it (no CSSOM there)", () => {
    const directiveClass = (styleProperties({}) as unknown as { _$litDirective$: new (info: unknown) => unknown })
      ._$litDirective$;
    const instance = new directiveClass({ type: 1, name: "style" }) as {
      render: (properties: StyleProperties) => unknown;
    };
    expect(instance.render({ "grid-row": "2 / 4", "--_span": undefined, "--_track": "#c00" })).toBe(
      "grid-row:2 / 4;--_track:#c00",
    );
  });
});
