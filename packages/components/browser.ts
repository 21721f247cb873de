import { playwright } from "@vitest/browser-playwright";
import type { BrowserCommand } from "vitest/node";

/**
 * Switches the test page's CSS media between screen and print (Playwright's emulateMedia), so
 * a test can check what printing shows. Call `commands.emulateMedia("screen")` when done.
 */
const emulateMedia: BrowserCommand<[media: "print" | "screen"]> = async (context, media) => {
  await context.page.emulateMedia({ media });
};

/**
 * The Chromium that browser tests and stories run in: Debian's by default (no tool may
 * download its own browser here); point `CHROMIUM_PATH` at another Chrome elsewhere.
 *
 * A function, not a shared object: vitest mutates the browser config it is given, so two
 * projects must not share one.
 */
export function createBrowserConfig() {
  return {
    enabled: true,
    headless: true,
    screenshotFailures: false,
    provider: playwright({
      launchOptions: {
        executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
        args: [
          "--no-sandbox",
          "--disable-gpu",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
        ],
      },
    }),
    instances: [{ browser: "chromium" as const }],
    commands: { emulateMedia },
  };
}
