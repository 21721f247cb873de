import type { Id, Program, ProgramProblem } from "@lectern/core";
import type { ReactiveControllerHost } from "lit";
import type { ChangeMark } from "./change-marks.js";
import { ProgramSourceController } from "./program-source-controller.js";

/** Where a previous version came from (its URL, or the property) and why it could not be read. */
export interface UnreadableVersion {
  readonly source: string;
  readonly problems: readonly ProgramProblem[];
}

/**
 * The previous version of the program an element shows (`previousProgram`, then
 * `previous-src`; never the inline JSON child, which is the current one), and the change
 * marks of the current version's items against it. The diff is imported only once there is a
 * previous version, so a page without one never downloads it.
 */
export class PreviousVersionController {
  /** The marks by item id; empty until both versions are there (and without a previous one). */
  marks: ReadonlyMap<Id, ChangeMark> = new Map();
  private readonly source: ProgramSourceController;
  private compared?: readonly [Program, Program];

  /**
   * @param prepare Makes the previous version what the host shows of a version, so both are
   * compared alike (`<talk-list>` applies the series to the talks: a cancelled meeting's talk).
   */
  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly prepare?: (program: Program) => Program,
  ) {
    this.source = new ProgramSourceController(host, { property: "previousProgram", readsInlineJson: false });
  }

  /**
   * Why the previous version could not be read (where it came from and its problems, with
   * paths), so the element says so above the program instead of quietly marking nothing.
   */
  get problems(): UnreadableVersion | undefined {
    const state = this.source.state;
    return state.status === "error" ? { source: state.source, problems: state.problems } : undefined;
  }

  /** Called from the host's `willUpdate` with its sources and the current version, once loaded. */
  update(sources: { readonly value?: unknown; readonly src?: string }, current: Program | undefined): void {
    this.source.update(sources);
    const loaded = this.source.state.status === "ready" ? this.source.state.data : undefined;
    const previous = loaded && this.prepare ? this.prepare(loaded) : loaded;
    if (!previous || !current) {
      this.marks = new Map();
      this.compared = undefined;
      return;
    }
    if (this.compared?.[0] === previous && this.compared[1] === current) return;
    const pair = [previous, current] as const;
    this.compared = pair;
    void import("./change-marks.js").then(({ markChangesBetween }) => {
      if (this.compared !== pair) return;
      this.marks = markChangesBetween(previous, current);
      this.host.requestUpdate();
    });
  }
}
