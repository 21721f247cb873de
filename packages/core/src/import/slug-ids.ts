/**
 * Makes ids for a program from names ("H.1301 (Cornil)" becomes "h-1301-cornil"), unique
 * within one generator: a repeat gets "-2", "-3". Ids keep to the model's characters.
 */
export function createIdMaker(prefix = ""): (name: string) => string {
  const used = new Map<string, number>();
  const byName = new Map<string, string>();
  return (name) => {
    const known = byName.get(name);
    if (known) return known;
    const base =
      `${prefix}${name
        .normalize("NFKD")
        .replace(/[\u0300-\u036f]/g, "")
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "")
        .slice(0, 100)}` || `${prefix}x`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    byName.set(name, id);
    return id;
  };
}

const usableId = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/**
 * Keeps the source's own ids ("T1", "3023") when the model accepts them and they are not
 * taken yet, so links and deep links made from the source still work; otherwise makes one
 * from the text, like {@link createIdMaker}.
 */
export function createIdKeeper(prefix = ""): (raw: string) => string {
  const used = new Set<string>();
  const make = createIdMaker(prefix);
  return (raw) => {
    let id = usableId.test(raw) && !used.has(raw) ? raw : make(raw);
    while (used.has(id)) id = `${id}-x`;
    used.add(id);
    return id;
  };
}
