import type { Id, ResolvedSchedule } from "@lectern/core";
import type { ReactiveControllerHost } from "lit";
import type { AddressController } from "./address-controller.js";
import { defaultChoice, hashFollowingDay, hashOfChoice, isChoiceOf, readAddress } from "./day-address.js";
import { focusSession } from "./focus-session.js";

/** How the day-choice controller reaches the rest of the host; functions, so it holds no DOM. */
export interface DayChoiceOptions {
  /** The schedule on screen (filters applied), once there is a valid program. */
  readonly schedule: () => ResolvedSchedule | undefined;
  /** Opens a talk in the dialog (the address named `#talk-<id>`). */
  readonly openTalk: (id: Id) => void;
  /** Where the host draws its days, to bring a session into view (`#session-<id>`). */
  readonly root: () => ParentNode;
}

/** What the host's `willUpdate` tells the controller, once the schedule is worked out. */
export interface DayChoiceUpdate {
  /** The host's `day` attribute: the day shown when nothing else chose one. */
  readonly day: string | undefined;
  /** True when `day` changed in this update (a script set it). */
  readonly dayChanged: boolean;
  /** The clock's instant, which picks today's day of the event. */
  readonly nowMs: number;
  /** True when a program was just loaded and the element no longer matches a server: the address is read now. */
  readonly justLoaded: boolean;
}

/**
 * The day `<schedule-grid>` shows (a date, or every day) and how it and the page's address
 * follow each other: a tab writes its day into the address; an address (`#2026-04-27`,
 * `#all-days`, `#talk-<id>`, `#session-<id>`) selects its day; without either, the `day`
 * attribute or today's day of the event is shown. What a fragment means is worked out by the
 * pure functions of `day-address.ts`, and only `AddressController` touches the address. Driven
 * by the host's update and events, it needs none of the host's lifecycle and only asks the
 * host to update.
 */
export class DayChoiceController {
  private chosen?: string;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly address: AddressController,
    private readonly options: DayChoiceOptions,
  ) {}

  /** The choice shown: a date, or `everyDay`; `undefined` until a program with days is loaded. */
  get selected(): string | undefined {
    return this.chosen;
  }

  /** Forgets the choice, so that the next update picks the default day again. */
  reset(): void {
    this.show(undefined);
  }

  /** The visitor chose a day (a tab): it is shown and written into the address. */
  select(choice: string): void {
    this.show(choice);
    this.address.replaceHash(hashOfChoice(choice));
  }

  /** Picks the default day when none of the schedule's is chosen, and reads or follows the address. */
  update({ day, dayChanged, nowMs, justLoaded }: DayChoiceUpdate): void {
    const days = this.options.schedule()?.days ?? [];
    if (!isChoiceOf(days, this.chosen)) this.show(defaultChoice(days, day, nowMs));
    // The address is read before the first render, so that `#2024-02-04` under `day="all"`
    // does not build every day's cells only to replace them.
    if (justLoaded) this.followAddress();
    else if (dayChanged && this.chosen !== undefined) {
      // A script changed `day`: an address naming another day follows it; another page's `#…` does not.
      const hash = hashFollowingDay(this.address.hash, days, this.chosen);
      if (hash !== undefined) this.address.replaceHash(hash);
    }
  }

  /** Writes the shown day back into the address (the dialog closed), or clears it when none is shown. */
  showInAddress(): void {
    if (this.chosen) this.address.replaceHash(hashOfChoice(this.chosen));
    else this.address.clearHash();
  }

  /** Opens `#talk-<id>`, brings `#session-<id>` into view, or selects `#YYYY-MM-DD` or `#all-days`. */
  followAddress(): void {
    const schedule = this.options.schedule();
    if (!schedule) return;
    const target = readAddress(this.address.hash, schedule, this.chosen);
    if (target.day !== undefined) this.show(target.day);
    if (target.talkId !== undefined) this.options.openTalk(target.talkId);
    const session = schedule.sessions.find((candidate) => candidate.id === target.sessionId);
    // Focus waits for the render that draws the session's day.
    if (session) void this.host.updateComplete.then(() => focusSession(this.options.root(), session));
  }

  // Like a Lit `@state()`: a new choice asks for an update (none is queued while one is running).
  private show(choice: string | undefined): void {
    if (choice === this.chosen) return;
    this.chosen = choice;
    this.host.requestUpdate();
  }
}
