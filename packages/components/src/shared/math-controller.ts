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
  rendererPromise ??= import("temml").then(({ default: temml }) => (tex: string, display: boolean) => {
    try {
      return temml.renderToString(tex, { displayMode: display, throwOnError: false, trust: false, annotate: true });
    } catch {
      // throwOnError covers TeX errors, but some malformed input still makes the parser
      // throw (seen: a TypeError on "$\\href{javascript:a_b}{x}$"); untrusted text must not
      // take the card down, so such math is shown as its source.
      return undefined;
    }
  });
  return rendererPromise;
}

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
