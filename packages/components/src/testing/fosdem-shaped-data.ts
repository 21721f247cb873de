/**
 * A generated program of FOSDEM 2024's shape (2 days, 35 rooms, 876 items, 433 on the first
 * day; Europe/Brussels; talks of 5 to 50 minutes between 09:00 and 19:00), for the
 * large-program story and the browser benchmark until the frab importer reads the real file.
 * Deterministic: the same program every time. Plain data with no imports, so the benchmark can
 * load this file in Node as it is (type stripping).
 */
export function fosdemShapedData(): Record<string, unknown> {
  let seed = 2024;
  const random = () => (seed = (Math.imul(seed, 1_664_525) + 1_013_904_223) >>> 0) / 4_294_967_296;
  const pad = (value: number) => String(value).padStart(2, "0");
  const rooms = Array.from({ length: 35 }, (_, index) => ({
    id: `room-${index + 1}`,
    name: index < 5 ? ["Janson", "K.1.105", "H.2215", "UD2.120", "AW1.120"][index]! : `Room ${index + 1}`,
  }));
  const tracks = Array.from({ length: 20 }, (_, index) => ({
    id: `track-${index}`,
    name: `Devroom ${index + 1}`,
    color: `#${(0x305090 + index * 0x0a1407).toString(16).slice(-6)}`,
  }));
  const people = Array.from({ length: 900 }, (_, index) => ({ id: `p${index}`, name: `Speaker ${index}` }));
  const items: Record<string, unknown>[] = [];
  const perDay = [433, 443];
  perDay.forEach((count, dayIndex) => {
    const date = `2024-02-0${3 + dayIndex}`;
    const cursor = rooms.map(() => 9 * 60);
    for (let made = 0; made < count; made += 1) {
      const roomIndex = made % rooms.length;
      const length = [5, 10, 15, 20, 25, 30, 40, 50][Math.floor(random() * 8)]!;
      const start = cursor[roomIndex]!;
      cursor[roomIndex] = start + length + (random() < 0.3 ? 5 : 0);
      const end = start + length;
      items.push({
        id: `e${items.length}`,
        kind: length <= 10 ? "lightning" : "contributed-talk",
        title: `Talk number ${items.length} about something worth ${length} minutes`,
        speakers: [`p${Math.floor(random() * people.length)}`],
        room: rooms[roomIndex]!.id,
        track: tracks[roomIndex % tracks.length]!.id,
        start: `${date}T${pad(Math.floor(start / 60))}:${pad(start % 60)}`,
        end: `${date}T${pad(Math.floor(end / 60))}:${pad(end % 60)}`,
      });
    }
  });
  return {
    event: {
      title: "A FOSDEM-shaped conference",
      acronym: "FS 2024",
      kind: "conference",
      startDate: "2024-02-03",
      endDate: "2024-02-04",
      timeZone: "Europe/Brussels",
    },
    people,
    rooms,
    tracks,
    items,
  };
}
