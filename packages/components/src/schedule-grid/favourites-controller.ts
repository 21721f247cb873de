import { toICalendar, type Id, type Program, type ResolvedItem } from "@lectern/core";
import type { ReactiveControllerHost } from "lit";
import { downloadText } from "../shared/download-text.js";
import type { UiStrings } from "../shared/ui-strings.js";
import { FavouritesChangeEvent } from "./favourites-change-event.js";
import { localStorageOrNothing, readFavourites, writeFavourites } from "./favourites-store.js";

/**
 * The visitor's favourite items of the program shown: read from and saved to localStorage
 * (one set per program), toggled on the visitor's click (firing `favourites-change`), and
 * downloaded as an `.ics` calendar. It needs none of the host's lifecycle (the set is read
 * when a program is shown), so it only asks the host to update.
 */
export class FavouritesController {
  /** The favourite item ids; a new set on every change, so it can be a memo's input. */
  ids: ReadonlySet<Id> = new Set();
  private program?: Program;
  private readonly storage = localStorageOrNothing();

  constructor(private readonly host: ReactiveControllerHost & EventTarget) {}

  /** Shows the favourites saved for a newly shown program (none for no program). */
  showProgram(program: Program | undefined): void {
    this.program = program;
    this.ids = program ? readFavourites(this.storage, program) : new Set();
  }

  /** Adds or removes a favourite, saves the set and tells the page. */
  toggle(id: Id): void {
    const next = new Set(this.ids);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    this.ids = next;
    if (this.program) writeFavourites(this.storage, this.program, next);
    this.host.requestUpdate();
    this.host.dispatchEvent(new FavouritesChangeEvent([...next]));
  }

  /**
   * Downloads `<acronym>-favourites.ics` holding the favourites among `shown` (the items the
   * filters show: what the visitor sees is what they get). `nowMs` stamps the calendar.
   */
  download(
    shown: readonly ResolvedItem[],
    nowMs: number,
    strings: Pick<UiStrings, "titleToBeAnnounced" | "kinds">,
  ): void {
    const program = this.program;
    if (!program) return;
    const items = shown.filter((entry) => this.ids.has(entry.id));
    const ics = toICalendar(program, { items, nowMs, untitled: strings.titleToBeAnnounced, kindLabels: strings.kinds });
    downloadText(
      `${program.event.acronym ?? "program"}-favourites.ics`.replace(/[^\w.-]+/g, "-"),
      ics,
      "text/calendar",
    );
  }
}
