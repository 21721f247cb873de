import { commands } from "vitest/browser";

declare module "vitest/browser" {
  interface BrowserCommands {
    /** Defined in `browser.ts`: switches the page's CSS media between screen and print. */
    emulateMedia: (media: "print" | "screen") => Promise<void>;
  }
}

/** Runs `check` with the page's CSS media set to print, and sets it back to screen after. */
export async function whilePrinting<T>(check: () => T | Promise<T>): Promise<T> {
  await commands.emulateMedia("print");
  try {
    // The new media reaches the page's styles, and content-visibility's skipping, within two
    // frames (after one, a skipped subtree sometimes still counts as skipped).
    for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve));
    return await check();
  } finally {
    await commands.emulateMedia("screen");
  }
}
