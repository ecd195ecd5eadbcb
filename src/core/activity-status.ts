// The six statuses of an activity, as stored (ASCII keys) and as shown (Swedish).
export const ACTIVITY_STATUSES = ["ej_paborjad", "pagar", "klar", "forsenad", "pausad", "struken"] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

export const STATUS_LABEL: Record<ActivityStatus, string> = {
  ej_paborjad: "ej påbörjad",
  pagar: "pågår",
  klar: "klar",
  forsenad: "försenad",
  pausad: "pausad",
  struken: "struken",
};

/** Statuses after which an activity no longer counts as open (not overdue, no reminders). */
export const CLOSED_STATUSES: readonly ActivityStatus[] = ["klar", "struken"];

export function isClosed(status: ActivityStatus): boolean {
  return CLOSED_STATUSES.includes(status);
}
