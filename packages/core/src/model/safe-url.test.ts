import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { isSafeUrl, toSafeUrl } from "./safe-url.js";

// The JSON Schema's "uri" format, as ajv checks exported programs: what toSafeUrl answers
// must pass it (the property test found FOSDEM's Matrix links failing it after import).
const ajv = new Ajv2020();
addFormats(ajv);
const isUri = ajv.compile({ type: "string", format: "uri" });

describe("toSafeUrl", () => {
  it.each([
    ["https://example.org/a?b=c#d", "https://example.org/a?b=c#d"],
    [
      "https://matrix.to/#/#2024-janson:fosdem.org?web-instance[element.io]=chat.fosdem.org",
      "https://matrix.to/#/%232024-janson:fosdem.org?web-instance%5Belement.io%5D=chat.fosdem.org",
    ],
    ["https://de.wikipedia.org/wiki/Straße", "https://de.wikipedia.org/wiki/Stra%C3%9Fe"],
    ["https://example.org/\u202eevil", "https://example.org/%E2%80%AEevil"],
    ["https://example.org/\ud800x", "https://example.org/%EF%BF%BDx"],
    ["https://[2001:db8::1]:8080/p", "https://[2001:db8::1]:8080/p"],
    ["  https://example.org/  ", "https://example.org/"],
    ["https://drive.googl%.com/file?q=100%&r=%41", "https://drive.googl%25.com/file?q=100%25&r=%41"],
    ["https://münchen.de/a", "https://m%C3%BCnchen.de/a"],
  ])("writes %j as %j, a URI the schema accepts", (given, written) => {
    expect(toSafeUrl(given)).toBe(written);
    expect(isUri(written)).toBe(true);
    expect(isSafeUrl(written)).toBe(true);
  });

  it.each(["javascript:alert(1)", "data:text/html,x", "/relative/path", "", "https://"])(
    "refuses %j, as isSafeUrl does",
    (given) => {
      expect(toSafeUrl(given)).toBeUndefined();
    },
  );
});
