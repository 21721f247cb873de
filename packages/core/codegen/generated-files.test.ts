import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generatedFiles } from "./generated-files.js";

describe("the committed generated files", () => {
  it.each(generatedFiles.map((file) => [file.path, file] as const))(
    "%s is what the generator gives for the current model",
    (path, file) => {
      const committed = readFileSync(new URL(`../${path}`, import.meta.url), "utf8");
      // A plain comparison, not a snapshot: `vitest --update` must not be the way to fix it.
      if (committed !== file.generate()) {
        expect.fail(`${path} is out of date with the model: run \`npm run generate\` and commit the result`);
      }
    },
  );
});
