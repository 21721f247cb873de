import { playwright } from "@vitest/browser-playwright";
import type { BrowserCommand } from "vitest/node";
import { chromiumArgs, chromiumExecutablePath } from "./chromium-launch.mjs";

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
        executablePath: chromiumExecutablePath,
        args: [...chromiumArgs],
      },
    }),
    instances: [{ browser: "chromium" as const }],
    commands: { emulateMedia },
  };
}
