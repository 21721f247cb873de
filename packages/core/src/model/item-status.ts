/** Whether an item will happen as listed. */
export const itemStatuses = ["confirmed", "tentative", "cancelled"] as const;

/** One of {@link itemStatuses}. Items without a status are confirmed. */
export type ItemStatus = (typeof itemStatuses)[number];
