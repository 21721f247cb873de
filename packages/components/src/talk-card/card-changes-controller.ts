import {
  isTimedEntry,
  type Id,
  type Program,
  type ResolvedItem,
  type TimeZoneMode,
  type UntimedItem,
} from "@lectern/core";
import { nothing, type LitElement, type TemplateResult } from "lit";
import type { ChangeBadgeStrings } from "../shared/change-badges.js";
import type { ChangeMark } from "../shared/change-marks.js";
import { PreviousVersionController } from "../shared/previous-version-controller.js";
import { renderUnreadableVersion } from "../shared/render-problems.js";
import type { UiStrings } from "../shared/ui-strings.js";
import { adoptLateStyles } from "./adopt-late-styles.js";

type RenderChangeBadges = typeof import("../shared/change-badges.js").renderChangeBadges;

/**
 * What changed about a card's item, and its badges: the mark handed over (`changeMark`: the
 * grid's talk dialog and `<talk-list>` compare the versions once for all their cards), else
 * the card's own comparison with its `previous-src`. The badges' markup and styles live beside
 * the diff (lectern-changes-<hash>.js) and are imported with the first mark to show, so a card
 * without one never fetches them.
 */
export class CardChangesController {
  private readonly previous: PreviousVersionController;
  private render?: RenderChangeBadges;
  private loading?: Promise<void>;
  private shown?: { readonly program?: Program; readonly mode: TimeZoneMode; readonly locale: string };

  constructor(private readonly host: LitElement) {
    this.previous = new PreviousVersionController(host);
  }

  /**
   * Called from the card's `willUpdate` with its previous version's sources, its program and
   * how it shows times (`mode`: in the viewer's zone only, the old time names the event's).
   */
  update(
    sources: { readonly value?: unknown; readonly src?: string },
    program: Program | undefined,
    mode: TimeZoneMode,
    locale: string,
  ): void {
    this.previous.update(sources, program);
    this.shown = { program, mode, locale };
  }

  /**
   * The note that the card's own previous version could not be read, and why (nothing is marked
   * then), worded as `<schedule-grid>` and `<talk-list>` word theirs; else nothing.
   */
  unreadableNote(strings: Pick<UiStrings, "previousUnreadable">): TemplateResult | typeof nothing {
    return renderUnreadableVersion(this.previous.problems, strings);
  }

  /** The item's mark: the one handed over, else the card's own comparison's (none without either). */
  markOf(itemId: Id, given: ChangeMark | undefined): ChangeMark | undefined {
    return given ?? this.previous.marks.get(itemId);
  }

  /** The mark's badges, or nothing (also while their markup is being imported, a moment). */
  badges(
    mark: ChangeMark | undefined,
    entry: ResolvedItem | UntimedItem,
    ui: ChangeBadgeStrings,
  ): TemplateResult | typeof nothing {
    const { program, mode = "both", locale = "en" } = this.shown ?? {};
    if (!mark || !program) return nothing;
    if (this.render) {
      const options = {
        zone: program.event.timeZone,
        locale,
        nowStartMs: isTimedEntry(entry) ? entry.startMs : undefined,
        nameZone: mode === "viewer",
      };
      return this.render(mark, options, ui);
    }
    // Both modules are lectern-changes-<hash>.js: one request for the markup and its styles.
    this.loading ??= Promise.all([
      import("../shared/change-badges.js"),
      import("../shared/change-badge.styles.js"),
    ]).then(
      ([{ renderChangeBadges }, { changeBadgeStyles }]) => {
        adoptLateStyles(this.host, changeBadgeStyles);
        this.render = renderChangeBadges;
        this.host.requestUpdate();
      },
      // The card still shows the item, unmarked; say why in the console rather than fail silently.
      (error: unknown) => console.error("Lectern could not load the change badges:", error),
    );
    return nothing;
  }
}
