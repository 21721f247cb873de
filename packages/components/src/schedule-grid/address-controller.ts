import type { Id, ResolvedSchedule } from "@lectern/core";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import {
  decodeHash,
  defaultChoice,
  hashFollowingDay,
  hashOfChoice,
  hashOfTalk,
  isChoiceOf,
  readAddress,
} from "./day-address.js";
import { focusSession } from "./focus-session.js";
import type { TalkDialogController } from "./talk-dialog-controller.js";

/**
 * `<schedule-grid>`'s place in the page's address, kept in step with what it shows: the day
 * chosen (a date, or every day) and the talk open. A tab writes its day into the address; an
 * address (`#2026-04-27`, `#all-days`, `#talk-<id>`, `#session-<id>`), when the page opens or
 * when the visitor or a link changes it, selects its day, opens its talk or brings its session
 * into view; without either, the `day` attribute or today's day of the event is shown. The
 * address is replaced, never given a history entry: switching days or opening talks must not
 * fill the Back button. What a fragment means is worked out by the pure functions of
 * `day-address.ts`; this is the one part of the grid that reads or writes the address itself.
 */
export class AddressController implements ReactiveController {
  /**
   * The choice of day shown: a date, or `everyDay`; `undefined` until a program with days is
   * loaded. Read it; change it through the methods, which ask the host to update.
   */
  selectedDay?: string;
  private readonly onHashChange = () => this.followAddress();

  /**
   * @param host Where the days are drawn (`renderRoot`), to bring a session into view.
   * @param talkDialog Opens the talk an address names.
   * @param schedule The schedule on screen (filters applied), once there is a valid program.
   */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly talkDialog: Pick<TalkDialogController, "open">,
    private readonly schedule: () => ResolvedSchedule | undefined,
  ) {
    host.addController(this);
  }

  /** Forgets the choice of day, so that the next update picks the default day again. */
  resetDay(): void {
    this.show(undefined);
  }

  /** The visitor chose a day (a tab): it is shown and written into the address. */
  selectDay(choice: string): void {
    this.show(choice);
    this.replaceHash(hashOfChoice(choice));
  }

  /**
   * Unless one of the schedule's days is chosen, chooses the `day` attribute's, else the first
   * day that has not ended at `nowMs` (today during the event), else the first.
   */
  chooseDefaultDay(day: string | undefined, nowMs: number): void {
    const days = this.schedule()?.days ?? [];
    if (!isChoiceOf(days, this.selectedDay)) this.show(defaultChoice(days, day, nowMs));
  }

  /** A script changed `day`: an address naming another day follows it; another page's `#…` does not. */
  followDayAttribute(): void {
    const days = this.schedule()?.days ?? [];
    const hash = this.selectedDay === undefined ? undefined : hashFollowingDay(this.hash, days, this.selectedDay);
    if (hash !== undefined) this.replaceHash(hash);
  }

  /** Opens `#talk-<id>`, brings `#session-<id>` into view, or selects `#YYYY-MM-DD` or `#all-days`. */
  followAddress(): void {
    const schedule = this.schedule();
    if (!schedule) return;
    const { day, talkId, session } = readAddress(this.hash, schedule, this.selectedDay);
    if (day !== undefined) this.show(day);
    if (talkId !== undefined) this.talkDialog.open(talkId);
    // Focus waits for the render that draws the session's day.
    if (session) void this.host.updateComplete.then(() => focusSession(this.host.renderRoot, session));
  }

  /** Puts an open talk's `#talk-<id>` in the address. */
  showTalk(id: Id): void {
    this.replaceHash(hashOfTalk(id));
  }

  /** Puts the shown day back in the address (the dialog closed), or takes the fragment out when none is shown. */
  showDay(): void {
    if (this.selectedDay) this.replaceHash(hashOfChoice(this.selectedDay));
    else history.replaceState(history.state, "", location.pathname + location.search);
  }

  hostConnected(): void {
    window.addEventListener("hashchange", this.onHashChange);
  }

  hostDisconnected(): void {
    window.removeEventListener("hashchange", this.onHashChange);
  }

  /**
   * The page's fragment, decoded, without `#`; empty when there is none or it is malformed,
   * and on a server (Lit SSR in Node has no address: the static page shows the default day).
   */
  private get hash(): string {
    return typeof location === "undefined" ? "" : decodeHash(location.hash);
  }

  private replaceHash(hash: string): void {
    history.replaceState(history.state, "", `#${hash}`);
  }

  // Like a Lit `@state()`: a new choice asks for an update (none is queued while one is running).
  private show(choice: string | undefined): void {
    if (choice === this.selectedDay) return;
    this.selectedDay = choice;
    this.host.requestUpdate();
  }
}
