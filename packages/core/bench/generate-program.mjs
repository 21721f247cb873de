// A deterministic synthetic program for benchmarks: `days` days x `rooms` rooms, items of
// mixed kinds and lengths, 1-3 speakers from a pool of people, some multi-author orals, and a
// fifth of the items in sessions that give only a start (relative times), the rest written as
// local date-times, with a few instants with offsets.

import { createRandom, pad } from "../../../scripts/seeded-random.mjs";

/**
 * @param {{ items?: number, days?: number, rooms?: number, seed?: number }} [options]
 * @returns {object} a program in the Lectern format
 */
export function generateProgram({ items: itemCount = 10_000, days = 5, rooms: roomCount = 20, seed = 42 } = {}) {
  const random = createRandom(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const people = Array.from({ length: Math.round(itemCount * 0.6) }, (_, index) => ({
    id: `p${index}`,
    name: `Person ${index}`,
    affiliations: [`University ${index % 97}`],
  }));
  const rooms = Array.from({ length: roomCount }, (_, index) => ({
    id: `r${index}`,
    name: `Room ${index + 1}`,
    capacity: 50 + index * 10,
  }));
  const tracks = Array.from({ length: 12 }, (_, index) => ({
    id: `t${index}`,
    name: `Track ${index + 1}`,
    color: `#${((index * 2_654_435_761) >>> 8).toString(16).padStart(6, "0").slice(0, 6)}`,
  }));
  const perRoomDay = Math.ceil(itemCount / (days * roomCount));
  const minutesPerItem = Math.floor((11 * 60) / perRoomDay);
  const items = [];
  const sessions = [];
  for (let day = 0; day < days; day += 1) {
    const date = `2026-06-${pad(1 + day)}`;
    for (let room = 0; room < roomCount; room += 1) {
      const relative = (day * roomCount + room) % 5 === 0;
      const sessionItems = [];
      for (let slot = 0; slot < perRoomDay && items.length < itemCount; slot += 1) {
        const id = `i${items.length}`;
        const minute = 8 * 60 + slot * minutesPerItem;
        const kind = pick(["contributed-talk", "contributed-talk", "invited-talk", "lightning", "poster", "tutorial"]);
        const item = {
          id,
          kind,
          title: `A study of topic ${items.length} with a reasonably long title`,
          abstract: `Abstract of item ${items.length}. We show that $x^2$ grows.\n\nSecond paragraph.`,
          room: `r${room}`,
          track: `t${(room + day) % tracks.length}`,
        };
        if (kind === "contributed-talk") {
          item.authors = Array.from({ length: 2 + Math.floor(random() * 4) }, (_, index) => ({
            person: `p${Math.floor(random() * people.length)}`,
            ...(index === 0 ? { presenting: true } : {}),
          }));
          item.authors = item.authors.filter(
            (author, index, list) => list.findIndex((other) => other.person === author.person) === index,
          );
        } else {
          item.speakers = [
            ...new Set(
              Array.from({ length: 1 + Math.floor(random() * 2) }, () => `p${Math.floor(random() * people.length)}`),
            ),
          ];
        }
        if (relative) {
          item.duration = minutesPerItem;
          sessionItems.push(id);
        } else if (slot % 17 === 3) {
          // An instant with an offset (the generated event is in Europe/Berlin, UTC+2 in June).
          const utcMinute = minute - 120;
          item.start = `${date}T${pad(Math.floor(utcMinute / 60))}:${pad(utcMinute % 60)}Z`;
          item.duration = minutesPerItem;
        } else {
          item.start = `${date}T${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;
          const end = minute + minutesPerItem;
          item.end = `${date}T${pad(Math.floor(end / 60))}:${pad(end % 60)}`;
        }
        items.push(item);
      }
      if (relative && sessionItems.length > 0) {
        sessions.push({
          id: `s${day}-${room}`,
          title: `Session ${day + 1}.${room + 1}`,
          room: `r${room}`,
          chairs: [`p${Math.floor(random() * people.length)}`],
          start: `${date}T08:00`,
          items: sessionItems,
        });
      }
    }
  }
  return {
    version: 1,
    event: {
      title: "Synthetic Conference",
      kind: "conference",
      startDate: "2026-06-01",
      endDate: `2026-06-${pad(days)}`,
      timeZone: "Europe/Berlin",
    },
    people,
    rooms,
    tracks,
    sessions,
    items,
  };
}
