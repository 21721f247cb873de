import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import draft6 from "ajv/dist/refs/json-schema-draft-06.json" with { type: "json" };
import ICAL from "ical.js";
import { createProgramJsonSchema } from "../../src/json/program-json-schema.js";
import { sharedFile } from "../shared-files.js";

// Test helper: the real validators every export is checked with, each answering the reasons
// a document is invalid (empty when it is valid). A missing xmllint fails, never skips.

const programValidator = new Ajv2020({ allErrors: true, strict: false });
addFormats(programValidator);
const validateProgram = programValidator.compile(createProgramJsonSchema());

const c3vocValidator = new Ajv({ allErrors: true, strict: false });
addFormats(c3vocValidator);
c3vocValidator.addMetaSchema(draft6);
const validateC3voc = c3vocValidator.compile(
  JSON.parse(readFileSync(sharedFile("interop/c3voc/schema.json"), "utf8")) as object,
);

const ajvErrors = (errors: typeof validateProgram.errors) =>
  (errors ?? []).slice(0, 5).map((error) => `${error.instancePath} ${error.message ?? ""}`);

/** Program JSON (`serializeProgram`'s text) against the program JSON Schema, with ajv. */
export function programJsonErrors(text: string): string[] {
  return validateProgram(JSON.parse(text)) ? [] : ajvErrors(validateProgram.errors);
}

/** A c3voc schedule.json document against the official c3voc schema, with ajv. */
export function c3vocErrors(document: unknown): string[] {
  return validateC3voc(JSON.parse(JSON.stringify(document))) ? [] : ajvErrors(validateC3voc.errors);
}

const xsd = sharedFile("interop/c3voc/schedule.xml.xsd");
const workDir = mkdtempSync(join(tmpdir(), "lectern-fuzz-"));

/** frab XML against the official XSD, with libxml2's xmllint. */
export function frabXmlErrors(xml: string): string[] {
  const file = join(workDir, "out.xml");
  writeFileSync(file, xml);
  try {
    execFileSync("xmllint", ["--noout", "--schema", xsd, file], { stdio: "pipe" });
    return [];
  } catch (error) {
    const failure = error as { stderr?: Buffer; message: string };
    return [(failure.stderr?.toString() ?? failure.message).slice(0, 500)];
  }
}

/** iCalendar read back with ical.js: it must parse, and every event needs a UID and a start. */
export function iCalendarErrors(text: string): string[] {
  try {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar
      .getAllSubcomponents("vevent")
      .filter((event) => !event.getFirstPropertyValue("uid") || !event.getFirstPropertyValue("dtstart"))
      .map((event) => `VEVENT without UID or DTSTART: ${String(event.getFirstPropertyValue("uid"))}`);
  } catch (error) {
    return [`ical.js: ${error instanceof Error ? error.message : String(error)}`];
  }
}

/** JSON-LD: parses back as JSON, and its script text cannot close the `<script>` it sits in. */
export function jsonLdErrors(scriptText: string): string[] {
  try {
    JSON.parse(scriptText);
  } catch (error) {
    return [`not JSON: ${String(error)}`];
  }
  return /<\/script|<!--/i.test(scriptText) ? ["script text can close its <script> element"] : [];
}
