/**
 * A copy of `set` with `member` in it (`include` true) or out of it (false); by default the
 * other way round from now. A new set, so that a Lit `@state` sees the change.
 */
export function toggleMember<T>(set: ReadonlySet<T>, member: T, include = !set.has(member)): ReadonlySet<T> {
  const next = new Set(set);
  if (include) next.add(member);
  else next.delete(member);
  return next;
}
