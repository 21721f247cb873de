import type { ReactiveController, ReactiveControllerHost } from "lit";

/** Renders TeX to a MathML string, or `undefined` when the TeX cannot be rendered. */
export type MathRenderer = (tex: string, display: boolean) => string | undefined;

let rendererPromise: Promise<MathRenderer> | undefined;

/**
 * Loads temml (TeX to MathML) the first time any element needs it: pages without math never
 * download it. `trust: false` keeps `\href` and friends from producing links or HTML from
 * untrusted TeX. TeX it cannot render comes back as `undefined` (shown as source), never throws.
 */
export function loadMathRenderer(): Promise<MathRenderer> {
  rendererPromise ??= import("temml").then(({ default: temml }) => {
    // Each formula is rendered once per page: elements render again on every clock tick,
    // focus move and filter change, and temml takes about a millisecond a formula. The same
    // string back also lets Lit's unsafeHTML keep the MathML it already drew.
    const rendered = new Map<string, string | undefined>();
    const render = (tex: string, display: boolean): string | undefined => {
      try {
        return temml.renderToString(tex, { displayMode: display, throwOnError: false, trust: false, annotate: true });
      } catch {
        // throwOnError covers TeX errors, but some malformed input still makes the parser
        // throw (seen: a TypeError on "$\\href{javascript:a_b}{x}$"); untrusted text must not
        // take the card down, so such math is shown as its source.
        return undefined;
      }
    };
    return (tex: string, display: boolean) => {
      const key = `${display ? "display" : "inline"}:${tex}`;
      if (rendered.has(key)) return rendered.get(key);
      if (rendered.size >= renderedLimit) rendered.clear();
      const mathml = render(tex, display);
      rendered.set(key, mathml);
      return mathml;
    };
  });
  return rendererPromise;
}

/** How many rendered formulas a page keeps: far more than a program holds, bounded all the same. */
const renderedLimit = 5000;

/**
 * Gives an element the math renderer once a text needs it: call `require()` while rendering
 * when a text has math; the host updates again when the renderer has loaded.
 */
export class MathController implements ReactiveController {
  renderer: MathRenderer | undefined;
  private requested = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Asks for the renderer; returns it when already loaded. */
  require(): MathRenderer | undefined {
    if (!this.renderer && !this.requested) {
      this.requested = true;
      void loadMathRenderer().then((renderer) => {
        this.renderer = renderer;
        this.host.requestUpdate();
      });
    }
    return this.renderer;
  }
}
