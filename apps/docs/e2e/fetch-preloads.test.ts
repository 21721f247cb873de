import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSite, stopSite, visit } from "./site-session.js";

beforeAll(startSite);
afterAll(stopSite);

describe("pages whose elements fetch their program", () => {
  // Fetched by the elements' `src` (lectern.js) and, on the reading group's page, by
  // attach-program.js too: two fetches of one file, of which the first takes the preloaded response.
  it.each([
    ["index.html", "/examples/delta-2026.json", 1],
    ["examples/reading-group.html", "/examples/reading-group-2026.json", 2],
    ["examples/diffusion-digest.html", "/examples/diffusion-digest.json", 1],
  ])("%s preloads %s and uses the preload (%i fetches)", async (path, document, fetches) => {
    const requested: string[] = [];
    const warnings: string[] = [];
    const { page, context, problems } = await visit(path, {
      beforeLoad: async (page) => {
        page.on("request", (request) => requested.push(new URL(request.url()).pathname));
        page.on("console", (message) => void (message.type() === "warning" && warnings.push(message.text())));
      },
    });
    const preloads = await page.$$eval('link[rel="preload"][as="fetch"][crossorigin]', (links) =>
      links.map((link) => new URL((link as HTMLLinkElement).href).pathname),
    );
    expect(preloads).toEqual([document]);
    // A preload no fetch() could use is one request more, and Chromium says so a few seconds
    // after the load ("preloaded using link preload but not used").
    expect(requested.filter((other) => other === document)).toHaveLength(fetches);
    await page.waitForTimeout(3500);
    expect(warnings.filter((warning) => warning.includes("preload"))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
