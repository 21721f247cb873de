// No zod here: the validator's quick path (lectern.js) checks item lengths with it too.

/** The longest an item or a session may last, in minutes (14 days): a `duration`, or an `end` after its start. */
export const longestDurationMinutes = 60 * 24 * 14;
