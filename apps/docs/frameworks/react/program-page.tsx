// The React example of the docs site (frameworks/react.html shows this file as it is): a
// component that shows a program with <schedule-grid>, typed by @lectern/components/react.
import { useState } from "react";
// Types only: <schedule-grid> and the other tags become known JSX elements, with their
// attributes, properties and events.
import type {} from "@lectern/components/react";
// Registers <schedule-grid> (and nothing else), once, however often the module is imported.
import "@lectern/components/schedule-grid/define.js";

/** What the page passes in: the program's URL and the day to open on. */
export interface ProgramPageProps {
  src: string;
  day: string;
}

/** The schedule, and a line counting the visitor's favourites (from the element's event). */
export function ProgramPage({ src, day }: ProgramPageProps) {
  const [favourites, setFavourites] = useState<readonly string[]>([]);
  return (
    <>
      <schedule-grid
        src={src}
        day={day}
        time-zone="event"
        onfavourites-change={(event) => setFavourites(event.favourites)}
      ></schedule-grid>
      <p className="favourites-count" role="status">
        {favourites.length === 0
          ? "No favourites yet: star a talk."
          : `${favourites.length} favourite(s): ${favourites.join(", ")}`}
      </p>
    </>
  );
}
