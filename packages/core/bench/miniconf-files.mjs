// The generated MiniConf-shaped conference (scripts/miniconf-program.mjs) written back as the
// two files a MiniConf site publishes, so the import benchmark reads what real sites write: a
// papers.csv in ISMIR 2024's shape (`authors` as `Last, First*; Last, First`, the presenter
// starred, `authors_and_affil` as `Name (Affiliation)*; ...`, `;` subjects, a pdf link) and a
// sessions YAML in EMNLP 2020's `paper_sessions.yml` shape (a map keyed by session id, UTC
// `start_time`/`end_time`, `name`, `long_name`, `papers`), with each oral's own times.
import { stringify } from "yaml";
import { miniconfProgram } from "../../../scripts/miniconf-program.mjs";

/** A CSV cell, quoted when it holds a comma, quote or line break (RFC 4180). */
const cell = (text) => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

/**
 * The program's local time (`2026-07-13T08:00`, America/Vancouver: PDT in July) as EMNLP writes
 * an instant, `2026-07-13 15:00:00+00:00`.
 */
const utc = (local) => `${new Date(`${local}:00-07:00`).toISOString().slice(0, 19).replace("T", " ")}+00:00`;
const minutesLater = (local, minutes) => {
  const date = new Date(`${local}:00Z`);
  date.setUTCMinutes(date.getUTCMinutes() + minutes);
  return date.toISOString().slice(0, 16);
};

/**
 * @param {{ seed?: number }} [options]
 * @returns {{ papersCsv: string, sessionsYaml: string, papers: number, sessions: number }}
 */
export function miniconfFiles(options) {
  const { program } = miniconfProgram(options);
  const people = new Map(program.people.map((person) => [person.id, person]));
  // "Author 12 Souza": last name "Souza", first "Author 12", as ISMIR writes "Ryu, Jiwoo".
  const lastFirst = (name) => `${name.slice(name.lastIndexOf(" ") + 1)}, ${name.slice(0, name.lastIndexOf(" "))}`;
  const header = "UID,title,authors,authors_and_affil,abstract,keywords,primary_subject,pdf_path";
  const rows = program.items.map((item) => {
    const authors = item.authors.map(({ person, presenting }) => ({
      ...people.get(person),
      star: presenting ? "*" : "",
    }));
    return [
      item.id,
      item.title,
      authors.map((author) => `${lastFirst(author.name)}${author.star}`).join("; "),
      authors.map((author) => `${author.name} (${author.affiliations[0]})${author.star}`).join("; "),
      item.abstract,
      item.tags[0].label,
      item.tags[1].label,
      item.links[0].url,
    ]
      .map(cell)
      .join(",");
  });
  const rooms = new Map(program.rooms.map((room) => [room.id, room.name]));
  const durations = new Map(program.items.map((item) => [item.id, item.duration]));
  const sessions = {};
  for (const session of program.sessions) {
    let clock = session.start;
    const papers = session.items.map((uid) => {
      if (session.mode === "concurrent") return uid;
      const start = clock;
      clock = minutesLater(clock, durations.get(uid));
      return { uid, start_time: utc(start), end_time: utc(clock) };
    });
    sessions[session.id] = {
      start_time: utc(session.start),
      end_time: utc(session.end ?? clock),
      name: session.title.split(":")[0],
      long_name: session.title,
      room: rooms.get(session.room),
      chairs: session.chairs.map((id) => people.get(id).name),
      papers,
    };
  }
  return {
    papersCsv: `${header}\n${rows.join("\n")}\n`,
    sessionsYaml: stringify(sessions),
    papers: rows.length,
    sessions: program.sessions.length,
  };
}
