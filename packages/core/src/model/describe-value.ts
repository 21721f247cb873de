/** What kind of JSON value something is, in words: "a number (42)", "an array", "nothing". */
export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  switch (typeof value) {
    case "string":
      return `the text ${quoteText(value)}`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `${value}`;
    case "object":
      return "an object";
    default:
      return `a ${typeof value}`;
  }
}

/**
 * `text` in quotes for a message, cut to 40 characters and an ellipsis: a message quotes what
 * it is about, and the input may be a string of megabytes (a whole file pasted into an id).
 */
export function quoteText(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}
