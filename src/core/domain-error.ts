// Coded domain errors. Services throw them; `errorReply` turns each code into one polite Swedish reply
// that says what to type instead. Anything else that is thrown is a bug and is logged, not shown.
import type { ParseError } from "./command.ts";
import type { LocalDate, LocalTime } from "./local-date.ts";
import type { MinutesProblem } from "./minutes.ts";
import type { MeetingView } from "./replies/meeting-replies.ts";

export type DomainErrorDetail =
  | { code: "activity_not_found"; number: number; planName: string; numbers: number[] }
  /** A button on a card of a plan that is no longer the active one. */
  | {
      code: "activity_in_other_plan";
      number: number;
      planName: string;
      activePlan: string;
      continuesAs?: number;
    }
  | { code: "no_plan"; groupName: string }
  | { code: "no_group" }
  | { code: "group_not_found"; query: string; groups: string[] }
  | { code: "group_required"; groups: string[] }
  | { code: "channel_not_bound"; command: string }
  /** `action`: the command kind, which the reply names in words; `coordinators`: whom to ask instead. */
  | { code: "not_allowed"; action: string; role: string; coordinators?: string[] }
  | { code: "member_not_found"; query: string; suggestions: string[] }
  | { code: "member_ambiguous"; query: string; candidates: string[] }
  | { code: "principle_not_found"; query: string; principles: string[] }
  /** The time asked for, which the reply writes in the group's language. */
  | { code: "meeting_in_past"; date: LocalDate; start: LocalTime }
  // The console's LOK_GROUP and LOK_USER, which stop start-up when they name nobody (one each).
  | { code: "lok_group_unknown"; query: string; groups: string[] }
  | { code: "lok_user_blank"; groupName: string; members: string[] }
  | { code: "lok_user_unknown"; query: string; groupName: string; members: string[]; suggestions: string[] }
  | { code: "lok_user_ambiguous"; query: string; groupName: string; candidates: string[] }
  // The database, when a process cannot reach it (one each; start-up stops with the reply).
  /** A PGlite directory owned by another process that does not answer. */
  | { code: "database_busy"; dataDir: string }
  /** The disk that holds a PGlite directory is full, so the database cannot start. */
  | { code: "database_no_space"; dataDir: string }
  /** The process serving a PGlite directory runs an older version, without this one's migrations. */
  | { code: "database_older_owner"; dataDir: string }
  /** PostgreSQL could not be reached or refused the connection; `reason` is PostgreSQL's or the network's. */
  | {
      code: "database_unreachable";
      where: string;
      reason: "refused" | "not_found" | "auth" | "no_database" | "timeout";
    }
  /** Another meeting (another place or end) is at the time asked for. */
  | { code: "meeting_exists"; meeting: MeetingView }
  /** No coming meeting has that number or date; `upcoming` is what `möten` shows. */
  | { code: "meeting_not_found"; number?: number; date?: LocalDate; upcoming: MeetingView[] }
  /** No proposed point of the next meeting has that number; `count` is how many there are. */
  | { code: "agenda_point_not_found"; point: number; count: number }
  /** `agenda bordlägg` with no meeting planned: the point already waits for the next one. */
  | { code: "agenda_no_meeting"; point: number }
  /** `närvaro` or *Jag kommer* with no meeting planned (or a button naming another group's). */
  | { code: "attendance_no_meeting" }
  /** *Jag kommer* pressed on the agenda of a meeting that is over or cancelled. */
  | { code: "attendance_meeting_over"; meeting: MeetingView; cancelled: boolean }
  /** Several coming meetings on the date given: the number tells them apart. */
  | { code: "meeting_ambiguous"; date: LocalDate; meetings: MeetingView[] }
  | { code: "parse"; error: ParseError }
  /** A minutes command refused: no meeting, final minutes, not the note taker, no such point … */
  | { code: "minutes"; problem: MinutesProblem };

export class DomainError extends Error {
  readonly detail: DomainErrorDetail;

  constructor(detail: DomainErrorDetail) {
    super(detail.code);
    this.name = "DomainError";
    this.detail = detail;
  }
}

/** The codes that are a person's start-up setting or environment, not a command's problem. */
export const STARTUP_ERROR_CODES: readonly DomainErrorDetail["code"][] = [
  "lok_group_unknown",
  "lok_user_blank",
  "lok_user_unknown",
  "lok_user_ambiguous",
  "database_busy",
  "database_no_space",
  "database_older_owner",
  "database_unreachable",
];

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
