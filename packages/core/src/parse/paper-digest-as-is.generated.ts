// Generated from paperDigestSchema by packages/core/codegen: do not edit.
// `npm run generate` writes it again; a test (codegen/generated-files.test.ts) fails while it is out of date.
import { fieldProblems } from "../model/field-problems.js";

const keys0 = new Set(["$schema", "version", "textFormat", "title", "topic", "description", "people", "papers", "extra"]);
const pattern1 = /\S/;
const keys2 = new Set(["id", "name", "givenName", "familyName", "affiliations", "biography", "homepage", "photo", "orcid", "email", "links", "tba", "extra"]);
const pattern3 = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const pattern4 = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
const pattern5 = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;
const keys6 = new Set(["kind", "url", "label"]);
const values7 = new Set<unknown>(["web", "paper", "arxiv", "doi", "pdf", "slides", "poster", "video", "livestream", "code", "openreview", "submission", "registration", "call-for-papers", "other", "orcid", "google-scholar", "github", "mastodon", "bluesky", "twitter", "linkedin"]);
const keys8 = new Set(["id", "title", "authors", "abstract", "venue", "year", "links", "tags", "presentation", "extra"]);
const keys9 = new Set(["person", "presenting", "affiliations", "equalContribution"]);
const keys10 = new Set(["label", "score", "path"]);

function isOptionalString(value: unknown): boolean {
  return (value === undefined || typeof value === "string");
}

function isOptionalOneOf1(value: unknown): boolean {
  return (value === undefined || (value === 1));
}

function isOptionalOneOfPlainMarkdown(value: unknown): boolean {
  return (value === undefined || (value === "plain" || value === "markdown"));
}

function isStringPattern1(value: unknown): boolean {
  return typeof value === "string" && pattern1.test(value);
}

function isOptionalStringPattern1(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && pattern1.test(value));
}

function isStringPattern3(value: unknown): boolean {
  return typeof value === "string" && pattern3.test(value);
}

function paperDigestPeopleElementAffiliations(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isStringPattern1(element)) return false;
  return true;
}

function isOptionalPaperDigestPeopleElementAffiliations(value: unknown): boolean {
  return (value === undefined || paperDigestPeopleElementAffiliations(value));
}

function isOptionalStringWebAddress(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && fieldProblems.webAddress(value) === undefined);
}

function isOptionalStringPattern4(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && pattern4.test(value));
}

function isOptionalStringPattern5(value: unknown): boolean {
  return (value === undefined || typeof value === "string" && pattern5.test(value));
}

function isValues7(value: unknown): boolean {
  return values7.has(value);
}

function isStringWebAddress(value: unknown): boolean {
  return typeof value === "string" && fieldProblems.webAddress(value) === undefined;
}

function paperDigestPeopleElementLinksElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys6.has(key)) return false;
  return (
    isValues7(record["kind"]) &&
    isStringWebAddress(record["url"]) &&
    isOptionalStringPattern1(record["label"])
  );
}

function paperDigestPeopleElementLinks(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!paperDigestPeopleElementLinksElement(element)) return false;
  return true;
}

function isOptionalPaperDigestPeopleElementLinks(value: unknown): boolean {
  return (value === undefined || paperDigestPeopleElementLinks(value));
}

function isOneOfNameAffiliationsBiographyPhoto(value: unknown): boolean {
  return (value === "name" || value === "affiliations" || value === "biography" || value === "photo");
}

function paperDigestPeopleElementTba(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isOneOfNameAffiliationsBiographyPhoto(element)) return false;
  return true;
}

function isOptionalPaperDigestPeopleElementTba(value: unknown): boolean {
  return (value === undefined || paperDigestPeopleElementTba(value));
}

function isOptionalJsonObject(value: unknown): boolean {
  return (value === undefined || fieldProblems.jsonObject(value) === undefined);
}

function paperDigestPeopleElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys2.has(key)) return false;
  return (
    isStringPattern3(record["id"]) &&
    isOptionalStringPattern1(record["name"]) &&
    isOptionalStringPattern1(record["givenName"]) &&
    isOptionalStringPattern1(record["familyName"]) &&
    isOptionalPaperDigestPeopleElementAffiliations(record["affiliations"]) &&
    isOptionalStringPattern1(record["biography"]) &&
    isOptionalStringWebAddress(record["homepage"]) &&
    isOptionalStringWebAddress(record["photo"]) &&
    isOptionalStringPattern4(record["orcid"]) &&
    isOptionalStringPattern5(record["email"]) &&
    isOptionalPaperDigestPeopleElementLinks(record["links"]) &&
    isOptionalPaperDigestPeopleElementTba(record["tba"]) &&
    isOptionalJsonObject(record["extra"])
  );
}

function paperDigestPeople(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!paperDigestPeopleElement(element)) return false;
  return true;
}

function isOptionalPaperDigestPeople(value: unknown): boolean {
  return (value === undefined || paperDigestPeople(value));
}

function isOptionalBoolean(value: unknown): boolean {
  return (value === undefined || typeof value === "boolean");
}

function paperDigestPapersElementAuthorsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys9.has(key)) return false;
  return (
    isStringPattern3(record["person"]) &&
    isOptionalBoolean(record["presenting"]) &&
    isOptionalPaperDigestPeopleElementAffiliations(record["affiliations"]) &&
    isOptionalBoolean(record["equalContribution"])
  );
}

function paperDigestPapersElementAuthors(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!paperDigestPapersElementAuthorsElement(element)) return false;
  return true;
}

function isOptionalPaperDigestPapersElementAuthors(value: unknown): boolean {
  return (value === undefined || paperDigestPapersElementAuthors(value));
}

function isOptionalNumberIntMin1000Max3000(value: unknown): boolean {
  return (value === undefined || typeof value === "number" && Number.isFinite(value) && Number.isSafeInteger(value) && value >= 1000 && value <= 3000);
}

function isOptionalNumberMin0Max1(value: unknown): boolean {
  return (value === undefined || typeof value === "number" && Number.isFinite(value) && value >= 0 && value <= 1);
}

function paperDigestPapersElementTagsElementPath(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!isStringPattern1(element)) return false;
  return value.length >= 1;
}

function isOptionalPaperDigestPapersElementTagsElementPath(value: unknown): boolean {
  return (value === undefined || paperDigestPapersElementTagsElementPath(value));
}

function paperDigestPapersElementTagsElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys10.has(key)) return false;
  return (
    isStringPattern1(record["label"]) &&
    isOptionalNumberMin0Max1(record["score"]) &&
    isOptionalPaperDigestPapersElementTagsElementPath(record["path"])
  );
}

function paperDigestPapersElementTags(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!paperDigestPapersElementTagsElement(element)) return false;
  return true;
}

function isOptionalPaperDigestPapersElementTags(value: unknown): boolean {
  return (value === undefined || paperDigestPapersElementTags(value));
}

function isOptionalOneOfInpersonRemoteHybrid(value: unknown): boolean {
  return (value === undefined || (value === "in-person" || value === "remote" || value === "hybrid"));
}

function paperDigestPapersElement(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys8.has(key)) return false;
  return (
    isStringPattern3(record["id"]) &&
    isStringPattern1(record["title"]) &&
    isOptionalPaperDigestPapersElementAuthors(record["authors"]) &&
    isOptionalStringPattern1(record["abstract"]) &&
    isOptionalStringPattern1(record["venue"]) &&
    isOptionalNumberIntMin1000Max3000(record["year"]) &&
    isOptionalPaperDigestPeopleElementLinks(record["links"]) &&
    isOptionalPaperDigestPapersElementTags(record["tags"]) &&
    isOptionalOneOfInpersonRemoteHybrid(record["presentation"]) &&
    isOptionalJsonObject(record["extra"])
  );
}

function paperDigestPapers(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (const element of value) if (!paperDigestPapersElement(element)) return false;
  return true;
}

function paperDigest(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  for (const key in record) if (!keys0.has(key)) return false;
  return (
    isOptionalString(record["$schema"]) &&
    isOptionalOneOf1(record["version"]) &&
    isOptionalOneOfPlainMarkdown(record["textFormat"]) &&
    isStringPattern1(record["title"]) &&
    isOptionalStringPattern1(record["topic"]) &&
    isOptionalStringPattern1(record["description"]) &&
    isOptionalPaperDigestPeople(record["people"]) &&
    paperDigestPapers(record["papers"]) &&
    isOptionalJsonObject(record["extra"])
  );
}

/**
 * True when `value` passes `paperDigestSchema` and zod's output would be the value itself;
 * false means "not certain" (zod then gives the answer and the messages).
 */
export function paperDigestPassesAsIs(value: unknown): boolean {
  return paperDigest(value);
}
