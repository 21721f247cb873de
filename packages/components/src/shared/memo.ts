/**
 * One remembered result of a computation, worked out again only when one of its inputs is not
 * the same (`Object.is`) as last time. Elements use it in `willUpdate` for derived state (a
 * view model, merged strings) instead of a hand-made key each: the inputs are listed once, at
 * the call, in the same way Lit's `Task` compares its `args` (`shallowArrayEquals`).
 *
 * @example
 * private readonly view = new Memo<[Program | undefined, string], View | undefined>();
 * // in willUpdate:
 * this.currentView = this.view.get([this.program, locale], (program, locale) => program && viewOf(program, locale));
 */
export class Memo<Args extends readonly unknown[], Result> {
  private lastArgs?: Args;
  private lastResult?: Result;

  /** The result for `args`: remembered when every input is the same as the last call's. */
  get(args: Args, compute: (...args: Args) => Result): Result {
    if (this.lastArgs && sameInputs(this.lastArgs, args)) return this.lastResult as Result;
    this.lastResult = compute(...args);
    this.lastArgs = args;
    return this.lastResult;
  }

  /** Forgets the remembered result, so that the next `get` computes it whatever its inputs. */
  clear(): void {
    this.lastArgs = undefined;
    this.lastResult = undefined;
  }
}

/** True when both lists have the same length and the same (`Object.is`) value at each index. */
export function sameInputs(before: readonly unknown[], after: readonly unknown[]): boolean {
  return before.length === after.length && before.every((input, index) => Object.is(input, after[index]));
}
