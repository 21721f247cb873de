import { expect, waitFor } from "storybook/test";

/**
 * A story's `play` for invalid data: waits until the element lists its problems. A program or
 * digest of the wrong shape is worded once zod's part has loaded, so the story's accessibility
 * check must run on the problems, not on the "Loading…" before them.
 */
export function problemsShown(tag: string): (context: { canvasElement: HTMLElement }) => Promise<void> {
  return async ({ canvasElement }) => {
    const element = canvasElement.querySelector(tag)!;
    await waitFor(() => expect(element.shadowRoot!.querySelector("[role=alert] li")).toBeTruthy(), { timeout: 10_000 });
  };
}
