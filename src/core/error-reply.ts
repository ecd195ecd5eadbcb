// One polite reply per error code, always saying what to type instead. Shown only to the person who
// typed (ephemeral), never with a stack trace. The words are the catalogue's (src/texts).
import type { Messages } from "../texts/index.ts";
import { MAX_COMMENT_LENGTH, type ParseError } from "./command.ts";
import { usageFor } from "./command-usage.ts";
import type { DomainErrorDetail } from "./domain-error.ts";
import { excerpt, formatNumberRanges } from "./labels.ts";
import { MAX_AGENDA_DAYS, MAX_OFFSET_DAYS } from "./reminders/settings.ts";
import { meetingLine } from "./replies/meeting-replies.ts";
import { minutesErrorReply } from "./replies/minutes-replies.ts";
import { type Reply, reply } from "./reply.ts";

function errorText(text: string, hint?: string): Reply {
  return reply("error", [{ type: "text", text }, ...(hint ? [{ type: "note" as const, text: hint }] : [])]);
}

function missingArgument(
  t: Messages,
  argument: Extract<ParseError, { code: "missing_argument" }>["argument"],
) {
  const a = t.arguments;
  switch (argument) {
    case "attendance":
      return t.attendance.argument;
    case "agendaDays":
      return a.agendaDays(MAX_AGENDA_DAYS);
    case "reminderDays":
      return a.reminderDays(MAX_OFFSET_DAYS);
    default:
      return a[argument];
  }
}

export function parseErrorReply(t: Messages, error: ParseError): Reply {
  const e = t.errors;
  switch (error.code) {
    case "empty":
      return errorText(e.empty);
    case "unknown_command":
      return errorText(
        error.suggestion
          ? e.unknownCommandSuggest(excerpt(error.word), error.suggestion)
          : e.unknownCommand(excerpt(error.word)),
        e.unknownCommandHint,
      );
    case "missing_argument":
      return errorText(
        e.missingArgument(missingArgument(t, error.argument), error.command),
        e.write(usageFor(t, error.command)),
      );
    case "bad_number":
      return errorText(e.badNumber(excerpt(error.given)), e.badNumberHint(usageFor(t, error.command)));
    case "bad_status": {
      const suggested = error.suggestion
        ? (t.status.label[error.suggestion as keyof Messages["status"]["label"]] ?? error.suggestion)
        : undefined;
      return errorText(
        suggested ? e.badStatusSuggest(excerpt(error.given), suggested) : e.badStatus(excerpt(error.given)),
        e.badStatusHint,
      );
    }
    case "bad_date":
      if (error.wrongWeekday) {
        const date = t.dates.date(error.wrongWeekday);
        const weekday = t.dates.weekday(error.wrongWeekday);
        return errorText(
          e.wrongWeekday(excerpt(error.given), date, weekday),
          e.wrongWeekdayHint(weekday, date),
        );
      }
      return errorText(e.badDate(excerpt(error.given)), e.badDateHint);
    case "bad_time":
      return errorText(e.badTime(excerpt(error.given)), e.badTimeHint);
    case "bad_filter":
      return errorText(e.badFilter(excerpt(error.given)), e.badFilterHint);
    case "unknown_part":
      return errorText(
        t.activityEdit.unknownPart(excerpt(error.given), error.command),
        t.activityEdit.partsAre,
      );
    case "bad_party":
      return errorText(t.activityEdit.badParty(excerpt(error.given)), t.activityEdit.partyHint);
    case "field_required": {
      const field = t.activityEdit.field[error.field];
      return errorText(t.activityEdit.cannotEmpty(field), t.activityEdit.cannotEmptyHint(field));
    }
    case "followup":
      return errorText(
        t.followUp.parse[error.problem](error.given && excerpt(error.given)),
        e.write(usageFor(t, error.command)),
      );
    case "text_too_long":
      return errorText(
        e.tooLong(error.length, error.max ?? MAX_COMMENT_LENGTH),
        error.subject === "agenda"
          ? e.tooLongAgenda
          : error.subject === "name"
            ? e.tooLongName
            : error.subject === "contact"
              ? e.tooLongContact
              : e.tooLongComment,
      );
  }
}

export function domainErrorReply(t: Messages, detail: DomainErrorDetail): Reply {
  const e = t.errors;
  const s = t.startup;
  const chooseMember = (members: readonly string[]) =>
    members.length ? s.chooseMember(s.someNames(members), members[0] ?? "") : s.noMembers;
  switch (detail.code) {
    case "parse":
      return parseErrorReply(t, detail.error);
    case "activity_not_found":
      return errorText(
        detail.numbers.length
          ? e.activityNotFound(detail.number, detail.planName, formatNumberRanges(detail.numbers))
          : e.activityNotFoundEmpty(detail.number, detail.planName),
        e.listHint,
      );
    case "no_plan":
      return errorText(e.noPlan(detail.groupName), e.noPlanHint);
    case "no_group":
      return errorText(e.noGroup, e.noGroupHint);
    case "group_not_found":
      return errorText(
        e.groupNotFound(excerpt(detail.query)),
        detail.groups.length ? e.groupsAre(detail.groups) : undefined,
      );
    case "group_required":
      return errorText(
        e.groupRequired(detail.groups),
        e.groupRequiredHint(detail.groups[0] ?? e.groupPlaceholder),
      );
    case "channel_not_bound":
      return errorText(e.notBound, e.notBoundHint);
    case "not_allowed":
      return errorText(
        e.notAllowed(t.permissions.actions[detail.action] ?? detail.action),
        detail.coordinators?.length ? e.notAllowedAsk(detail.coordinators) : e.notAllowedHint,
      );
    case "member_not_found":
      return errorText(
        e.memberNotFound(excerpt(detail.query)),
        detail.suggestions.length ? e.memberSuggest(detail.suggestions) : e.memberNotFoundHint,
      );
    case "member_ambiguous":
      return errorText(e.memberAmbiguous(excerpt(detail.query), detail.candidates), e.memberAmbiguousHint);
    case "principle_not_found":
      return errorText(
        e.principleNotFound(excerpt(detail.query)),
        detail.principles.length
          ? e.principlesAre(detail.principles, detail.principles[0]?.toLowerCase() ?? "")
          : e.noPrinciples,
      );
    case "lok_group_unknown":
      return errorText(
        s.groupUnknown(excerpt(detail.query)),
        s.groupUnknownHint(s.someNames(detail.groups), detail.groups[0] ?? ""),
      );
    case "lok_user_blank":
      return errorText(s.userBlank(detail.groupName), s.userBlankHint(chooseMember(detail.members)));
    case "lok_user_unknown":
      return errorText(
        s.userUnknown(excerpt(detail.query), detail.groupName, detail.suggestions),
        s.userUnknownHint(chooseMember(detail.members)),
      );
    case "lok_user_ambiguous":
      return errorText(
        s.userAmbiguous(excerpt(detail.query), detail.groupName, detail.candidates),
        s.userAmbiguousHint(detail.candidates[0] ?? ""),
      );
    case "database_busy":
      return errorText(s.databaseBusy(detail.dataDir), s.databaseBusyHint);
    case "database_no_space":
      return errorText(s.databaseNoSpace(detail.dataDir), s.databaseNoSpaceHint);
    case "database_older_owner":
      return errorText(s.databaseOlder(detail.dataDir), s.databaseOlderHint);
    case "database_unreachable":
      return errorText(
        s.databaseUnreachable(detail.where, s.unreachable[detail.reason]),
        s.databaseUnreachableHint,
      );
    case "meeting_in_past":
      return errorText(
        e.meetingInPast(`${t.dates.date(detail.date)} ${t.dates.clock(detail.start)}`),
        e.meetingInPastHint,
      );
    case "activity_in_other_plan":
      return errorText(
        t.planGuard.otherPlan(detail.number, detail.planName, detail.activePlan),
        detail.continuesAs !== undefined
          ? t.planGuard.continuesAs(detail.continuesAs)
          : t.planGuard.notCarried,
      );
    case "agenda_point_not_found":
      return errorText(e.agendaPointNotFound(detail.point, detail.count), e.agendaPointNotFoundHint);
    case "attendance_no_meeting":
      return errorText(t.attendance.noMeeting, t.attendance.noMeetingHint);
    case "attendance_meeting_over":
      return errorText(
        detail.cancelled
          ? t.attendance.cancelled(detail.meeting.title, t.dates.date(detail.meeting.date))
          : t.attendance.over(detail.meeting.title, t.dates.date(detail.meeting.date)),
        t.attendance.noMeetingHint,
      );
    case "agenda_no_meeting":
      return errorText(t.agendaMoves.noMeeting(detail.point), t.agendaMoves.noMeetingHint);
    case "meeting_not_found":
      return errorText(
        e.meetingNotFound(
          detail.number !== undefined
            ? e.meetingNumber(detail.number)
            : e.meetingOnDate(t.dates.date(detail.date ?? "")),
        ),
        e.meetingsAre(detail.upcoming.map((m, i) => `${i + 1}. ${meetingLine(t, m)}`)),
      );
    case "meeting_ambiguous":
      return errorText(
        e.meetingAmbiguous(
          t.dates.date(detail.date),
          detail.meetings.map((m) => meetingLine(t, m)),
        ),
        e.meetingAmbiguousHint,
      );
    case "meeting_exists":
      return errorText(
        e.meetingExists(`${detail.meeting.title}, ${meetingLine(t, detail.meeting)}`),
        e.meetingExistsHint,
      );
    case "minutes":
      return minutesErrorReply(t, detail.problem);
  }
}

/** The database could not be reached (restarting, or the network): nothing was changed. */
export function databaseUnreachableReply(t: Messages): Reply {
  return errorText(t.errors.databaseUnreachableNow, t.errors.tryAgainSoon);
}

/** The database's disk is full: the write was rolled back, and works again once there is room. */
export function diskFullReply(t: Messages): Reply {
  return errorText(t.errors.diskFull, t.errors.diskFullHint);
}

export function internalErrorReply(t: Messages): Reply {
  return errorText(t.errors.internal, t.errors.internalHint);
}
