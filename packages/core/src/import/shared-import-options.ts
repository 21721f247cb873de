import type { ImporterOption, ImportOptionValues } from "./importer.js";

/** An option for the event's IANA zone, with what it means for this format. */
export const zoneOption = (description: string, required = false): ImporterOption => ({
  name: "timeZone",
  type: "string",
  placeholder: "ZONE",
  required,
  description,
});
/** For formats whose files usually name their zone. */
export const fileZoneOption = zoneOption("the event's IANA zone, when the file names none");
/** For formats that carry no event title: without it the import invents one and warns. */
export const titleOption: ImporterOption = {
  name: "title",
  type: "string",
  placeholder: "TEXT",
  required: false,
  description: "the event's title; the file names none",
};

/** For formats whose texts are translated: which language to read (the others are kept as translations). */
export const languageOption: ImporterOption = {
  name: "language",
  type: "string",
  placeholder: "LANG",
  required: false,
  description:
    "the language to read translated texts in (e.g. de); the others become translations. A language the file has no texts in is read as its first, with a warning",
};

/** A string option's value (`checkImportOptions` has made sure it is one). */
export const stringOption = (values: ImportOptionValues, name: string) =>
  typeof values[name] === "string" ? (values[name] as string) : undefined;
