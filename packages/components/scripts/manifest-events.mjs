// The elements' events as users of the generated types should see them, from the manifest
// that `cem analyze` writes. The analyzer reports each event twice: once from the JSDoc
// (`@fires favourites-change - {FavouritesChangeEvent} …`, with the class in the description)
// and once from `dispatchEvent(new FavouritesChangeEvent(…))`, where it takes the first
// constructor argument for the name (`paperId`) or finds none. The generators would turn the
// second kind into props such as `onundefined`, so only the documented ones are kept.

/** An event name as the elements fire them: lower case, words joined by hyphens. */
const eventName = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** `{FavouritesChangeEvent} The visitor …` at the start of a `@fires` description. */
const typeInDescription = /^\s*\{([A-Za-z_$][\w$]*)\}\s*/;

/**
 * The events of one element declaration: those with a proper name, each typed with the
 * `Event` subclass named in its description (kept out of the description itself). Returns a
 * new array; the manifest is not changed.
 */
export function documentedEvents(declaration) {
  return (declaration.events ?? [])
    .filter((event) => typeof event.name === "string" && eventName.test(event.name))
    .map((event) => {
      const match = typeInDescription.exec(event.description ?? "");
      if (!match) return { ...event };
      return { ...event, type: { text: match[1] }, description: (event.description ?? "").slice(match[0].length) };
    });
}

/** A copy of the manifest whose elements carry only their documented events (see above). */
export function withDocumentedEvents(manifest) {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: (module.declarations ?? []).map((declaration) =>
        declaration.customElement || declaration.tagName
          ? { ...declaration, events: documentedEvents(declaration) }
          : declaration,
      ),
    })),
  };
}

/** The class names of every element's events, e.g. `FavouritesChangeEvent`. */
export function eventClassNames(manifest) {
  return new Set(
    manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .flatMap((declaration) => declaration.events ?? [])
      .map((event) => event.type?.text)
      .filter((name) => typeof name === "string" && /^[A-Z]\w*Event$/.test(name)),
  );
}
