// The typed commands of LÖK-boten's command language. Every surface (Slack, Teams, console) parses a
// line into one of these with the same parser (parse-command.ts) and executes it with the same code.

import { z } from "zod";
import { LOCALES } from "../texts/locale.ts";
import { ACTIVITY_STATUSES } from "./activity-status.ts";
import { type LocalDate, localDateSchema, localTimeSchema } from "./local-date.ts";
import { seriesRuleSchema } from "./meeting-series.ts";
import { MINUTES_COMMANDS } from "./minutes-command.ts";
import { MAX_AGENDA_DAYS, MAX_OFFSET_DAYS, MAX_REMINDER_OFFSETS } from "./reminders/settings.ts";

export const MAX_COMMENT_LENGTH = 2000;
/** `webb kontakt`: a name, an address and a phone number fit; a page of text does not. */
export const MAX_CONTACT_LENGTH = 300;
const MAX_REMINDER_DAYS = MAX_OFFSET_DAYS;
/** A plan's name: "Handlingsplan 2025–2026" and then some, not a pasted paragraph. */
export const MAX_PLAN_NAME_LENGTH = 200;
/** A file's path or name as typed or sent: long enough for any real one. */
export const MAX_PATH_LENGTH = 1000;

const activityNumber = z.number().int().positive();
export const memberRoleSchema = z.enum(["medlem", "samordnare", "admin"]);
export const partySchema = z.enum(["stad", "civilsamhalle", "gemensamt"]);
export type Party = z.infer<typeof partySchema>;

export const listFilterSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("all") }),
  z.object({ type: z.literal("mine") }),
  z.object({ type: z.literal("overdue") }),
  z.object({ type: z.literal("party"), party: partySchema }),
  /** `lista klara`, `lista pausade` …: the activities with that status now. */
  z.object({ type: z.literal("status"), status: z.enum(ACTIVITY_STATUSES) }),
  /** A principle as typed ("dialog", "öppenhet"); the service matches it against the plan's principles. */
  z.object({ type: z.literal("principle"), query: z.string().min(1) }),
]);
export type ListFilter = z.infer<typeof listFilterSchema>;

/** The longest title or short field (`ändra <nr> titel …`); a description may be as long as a comment. */
export const MAX_FIELD_LENGTH = 500;
/** The fields `ändra <nr> <fält> <värde>` changes (the deadline and owners have their own commands). */
export const ACTIVITY_FIELDS = [
  "title",
  "description",
  "principle",
  "party",
  "commitment",
  "responsibleOrg",
  "commissioner",
  "partners",
  "followUp",
] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];
/** The fields every activity has: `ändra <nr> <fält> ingen` cannot empty them. */
export const REQUIRED_ACTIVITY_FIELDS = [
  "title",
  "principle",
  "party",
] as const satisfies readonly ActivityField[];
export type RequiredActivityField = (typeof REQUIRED_ACTIVITY_FIELDS)[number];

/** "15 mars kl 12" where only a date is kept: the time as typed, so the reply can say it was dropped. */
/** A coming meeting, by its number in `möten` or by its date. */
export const meetingRefSchema = z.union([
  z.object({ number: z.number().int().positive() }),
  z.object({ date: localDateSchema }),
]);
export type MeetingRef = z.infer<typeof meetingRefSchema>;

const droppedTimeSchema = z.object({ start: localTimeSchema, end: localTimeSchema.optional() });
export type DroppedTime = z.infer<typeof droppedTimeSchema>;

/** What `rapport` is narrowed to: a year, a principle (as typed, matched like `lista <princip>`), a party. */
export const MIN_REPORT_YEAR = 2000;
export const MAX_REPORT_YEAR = 2100;
const reportYear = z.number().int().min(MIN_REPORT_YEAR).max(MAX_REPORT_YEAR);
const reportScope = {
  year: reportYear.optional(),
  principle: z.string().min(1).max(200).optional(),
  party: partySchema.optional(),
};
const goalNumber = z.number().int().positive().max(100_000);
/** The four steps of a goal's self-assessment: inte alls, i liten grad, i stor grad, helt. */
export const ASSESSMENT_SCORES = [1, 2, 3, 4] as const;
export const assessmentScore = z.number().int().min(1).max(4);

export const commandSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("status_set"),
    number: activityNumber,
    status: z.enum(ACTIVITY_STATUSES),
    comment: z.string().min(1).max(MAX_COMMENT_LENGTH).optional(),
    /** From a button: the activity the card showed, so that a card of an earlier plan changes nothing. */
    activity: z.number().int().positive().optional(),
  }),
  z.object({ kind: z.literal("status_show"), number: activityNumber }),
  z.object({ kind: z.literal("show"), number: activityNumber }),
  z.object({ kind: z.literal("list"), filter: listFilterSchema }),
  /** `ansvarig 13 Anna Fogel` adds an owner; `ansvarig 13 -Anna Fogel` (or `ta bort`) removes one. */
  z.object({
    kind: z.literal("owner"),
    number: activityNumber,
    person: z.string().min(1),
    remove: z.boolean(),
  }),
  z.object({
    kind: z.literal("deadline"),
    number: activityNumber,
    date: localDateSchema,
    /** Given as a week number (v52): the reply warns when that Friday is a holiday. */
    byWeek: z.literal(true).optional(),
    /** A clock time typed after the date, which a deadline (a whole day) does not keep. */
    droppedTime: droppedTimeSchema.optional(),
  }),
  z.object({
    kind: z.literal("meeting_create"),
    date: localDateSchema,
    start: localTimeSchema,
    end: localTimeSchema.optional(),
    place: z.string().min(1).optional(),
    /** `… för <arbetsgrupp>`: the working group whose meeting it is, as typed. */
    workingGroup: z.string().min(1).max(200).optional(),
  }),
  z.object({ kind: z.literal("meetings") }),
  /** `möte varje torsdag kl 18 …`, `möte första tisdagen i månaden kl 18 …`: a meeting on each date. */
  z.object({
    kind: z.literal("meeting_series"),
    rule: seriesRuleSchema,
    start: localTimeSchema,
    end: localTimeSchema.optional(),
    place: z.string().min(1).optional(),
    until: localDateSchema.optional(),
  }),
  /** `årshjul [år]`: the year's meetings, month by month. */
  z.object({ kind: z.literal("year_wheel"), year: z.number().int().min(2000).max(2100).optional() }),
  /** `möte ta bort <nr|datum>`: the meeting is cancelled (kept, so that calendars learn of it). */
  z.object({ kind: z.literal("meeting_remove"), ref: meetingRefSchema }),
  /** `möte flytta <nr|datum> till <datum> [tid] [plats]`: what is not given stays as it was. */
  z.object({
    kind: z.literal("meeting_move"),
    ref: meetingRefSchema,
    date: localDateSchema,
    start: localTimeSchema.optional(),
    end: localTimeSchema.optional(),
    place: z.string().min(1).optional(),
  }),
  z.object({ kind: z.literal("agenda_show") }),
  z.object({ kind: z.literal("agenda_add"), text: z.string().min(1).max(MAX_COMMENT_LENGTH) }),
  /** `agenda ta bort <n>` / `agenda klar <n>`: the n:th proposed point of the next meeting's agenda. */
  z.object({ kind: z.literal("agenda_remove"), point: z.number().int().positive() }),
  z.object({ kind: z.literal("agenda_done"), point: z.number().int().positive() }),
  /** `agenda flytta <n> <plats>`: the n:th point to another place on the agenda. */
  z.object({
    kind: z.literal("agenda_move"),
    point: z.number().int().positive(),
    to: z.number().int().positive(),
  }),
  /** *Jag kommer* / *Jag kan inte* (`närvaro ja|nej`): for the meeting a button names, or the next one. */
  z.object({
    kind: z.literal("attendance_set"),
    answer: z.enum(["yes", "no"]),
    meeting: z.number().int().positive().optional(),
  }),
  /** `närvaro`: who answered what for the next meeting. */
  z.object({ kind: z.literal("attendance_show") }),
  /** `agenda bordlägg <n>`: the n:th point waits for the meeting after the next. */
  z.object({ kind: z.literal("agenda_defer"), point: z.number().int().positive() }),
  /** `rapport [<år>] [<princip>|stad|civil|gemensamt]`: every argument given narrows the report. */
  z.object({ kind: z.literal("report"), ...reportScope }),
  /**
   * `rapport fil`: the report, with the follow-up workbook attached where the surface can upload files;
   * `rapport <år> fil`: the year's statusrapport as a Word document.
   */
  z.object({ kind: z.literal("report_file"), ...reportScope }),
  z.object({ kind: z.literal("help"), topic: z.string().optional() }),
  /** `koppla [grupp]`: binds the chat channel where it is typed to a group. */
  z.object({ kind: z.literal("bind"), group: z.string().min(1).max(200).optional() }),
  /** `språk en` / `language sv`: the language the bot answers the group in. */
  z.object({ kind: z.literal("language"), locale: z.enum(LOCALES) }),
  /** `hej`, `tack`: a greeting or thanks, answered politely; not a command anyone needs to learn. */
  z.object({ kind: z.literal("smalltalk"), what: z.enum(["greeting", "thanks"]) }),
  /** `påminnelser` (or `digest`): the group's reminder, agenda and digest settings. */
  z.object({ kind: z.literal("settings_show") }),
  z.object({ kind: z.literal("reminders_toggle"), enabled: z.boolean() }),
  /** `påminnelser dagar 14,3,0`: days before a deadline; 0 is the day itself. */
  z.object({
    kind: z.literal("reminder_days"),
    days: z.array(z.number().int().min(0).max(MAX_REMINDER_DAYS)).min(1).max(MAX_REMINDER_OFFSETS),
  }),
  /** `agenda dagar 3`: how many days before a meeting its agenda is posted. */
  z.object({ kind: z.literal("agenda_days"), days: z.number().int().min(0).max(MAX_AGENDA_DAYS) }),
  z.object({ kind: z.literal("digest_toggle"), enabled: z.boolean() }),
  /** `tyst [till <datum>]`: a member pauses their own reminders; without a date until `tyst av`. */
  z.object({
    kind: z.literal("quiet"),
    until: localDateSchema.optional(),
    droppedTime: droppedTimeSchema.optional(),
  }),
  z.object({ kind: z.literal("quiet_off") }),
  /** `webb`: the group's public page, its address and what it shows. */
  z.object({ kind: z.literal("web_show") }),
  /** `webb på|av`: the public page on or off. */
  z.object({ kind: z.literal("web_toggle"), enabled: z.boolean() }),
  /** `webb namn på|av`: whether the page shows the responsible persons' names. */
  z.object({ kind: z.literal("web_names"), enabled: z.boolean() }),
  /** `webb kontakt <text>` (or `webb kontakt av`, null): who publishes the page. */
  z.object({ kind: z.literal("web_contact"), contact: z.string().min(1).max(MAX_CONTACT_LENGTH).nullable() }),
  /** `webb licens <id>`: the open data's licence as typed; the service accepts only the listed SPDX ids. */
  z.object({ kind: z.literal("web_licence"), licence: z.string().min(1).max(100) }),
  /**
   * `ny aktivitet <titel>; princip …; part …[; deadline …][; ansvarig org …]`. Title, principle and
   * party are required; the service says which are missing, with the plan's principles to choose from.
   */
  z.object({
    kind: z.literal("activity_create"),
    title: z.string().min(1).max(MAX_FIELD_LENGTH).optional(),
    /** As typed; matched against the plan's principles like `lista <princip>`. */
    principle: z.string().min(1).max(MAX_FIELD_LENGTH).optional(),
    party: partySchema.optional(),
    dueDate: localDateSchema.optional(),
    droppedTime: droppedTimeSchema.optional(),
    responsibleOrg: z.string().min(1).max(MAX_FIELD_LENGTH).optional(),
    description: z.string().min(1).max(MAX_COMMENT_LENGTH).optional(),
  }),
  /**
   * `ändra <nr> <fält> <värde>`: one field of an activity; a party as its key, a principle as typed.
   * `null` (`ändra <nr> <fält> ingen`) empties an optional field; the service refuses it for the
   * required ones.
   */
  z.object({
    kind: z.literal("activity_change"),
    number: activityNumber,
    field: z.enum(ACTIVITY_FIELDS),
    value: z.string().min(1).max(MAX_COMMENT_LENGTH).nullable(),
  }),
  /** `deadline <nr> ingen`: the activity no longer has a deadline. */
  z.object({ kind: z.literal("deadline_clear"), number: activityNumber }),
  /** `dölj <nr> <datum>`: that day's comments on the activity are left out of the public page. */
  z.object({ kind: z.literal("hide"), number: activityNumber, date: localDateSchema }),
  /** `planer`: the group's plans, their periods and which one is active. */
  z.object({ kind: z.literal("plans") }),
  /** `plan <namn>`: the plan so named (case and å/ä/ö ignored, a unique part will do) becomes the active one. */
  z.object({ kind: z.literal("plan_activate"), name: z.string().min(1).max(MAX_PLAN_NAME_LENGTH) }),
  /** `ny plan <namn> <från> <till> [överför]`: a new period, active at once; `överför` carries open work. */
  z.object({
    kind: z.literal("plan_new"),
    name: z.string().min(1).max(MAX_PLAN_NAME_LENGTH),
    from: localDateSchema,
    to: localDateSchema,
    carryOver: z.boolean(),
  }),
  /** `medlemmar`: everyone in the group, their organisation, role and where they can be reached. */
  z.object({ kind: z.literal("members") }),
  /** `roll <namn> samordnare|medlem|admin`: the person as `ansvarig` finds them. */
  z.object({ kind: z.literal("member_role"), person: z.string().min(1).max(200), role: memberRoleSchema }),
  /** `ny medlem <namn>[, <organisation>][, <e-post>]`. */
  z.object({
    kind: z.literal("member_add"),
    name: z.string().min(1).max(200),
    organisation: z.string().min(1).max(200).optional(),
    /** Lets the member be recognised when they first write from Slack or Teams. */
    email: z.string().min(3).max(200).optional(),
  }),
  /** `ta bort medlem <namn>`: a former member, history kept. */
  z.object({ kind: z.literal("member_remove"), person: z.string().min(1).max(200) }),
  /** `koppla ny <gruppnamn>`: an admin creates the group and binds the channel where it is typed. */
  z.object({ kind: z.literal("bind_new"), group: z.string().min(1).max(200) }),
  /** `webb logga in` (or `login`): a sign-in link for the web pages, to this person only. */
  z.object({ kind: z.literal("web_login") }),
  /**
   * `importera <sökväg>`: the console reads that file and hands its bytes to the door; typed in Slack or
   * Teams it reads nothing and says to attach the file in the personal chat. A file that arrived is
   * recorded as its delivery under its name (its bytes go to the service, never into a command).
   */
  z.object({ kind: z.literal("plan_file"), path: z.string().min(1).max(MAX_PATH_LENGTH) }),
  /** Importera / Avbryt on a staged plan file's dry run. */
  z.object({ kind: z.literal("import_confirm"), upload: z.number().int().positive() }),
  z.object({ kind: z.literal("import_cancel"), upload: z.number().int().positive() }),
  ...MINUTES_COMMANDS,
  /** `mål`: the active plan's goals, numbered within the plan, per principle. */
  z.object({ kind: z.literal("goals") }),
  /** `mål lägg till <princip> <text>` (or `<princip namn>: <text>`). */
  z.object({
    kind: z.literal("goal_add"),
    principle: z.string().min(1).max(200),
    text: z.string().min(1).max(MAX_FIELD_LENGTH),
  }),
  /** `mål ändra <nr> <text>`. */
  z.object({
    kind: z.literal("goal_change"),
    number: goalNumber,
    text: z.string().min(1).max(MAX_FIELD_LENGTH),
  }),
  /** `mål ta bort <nr>`. */
  z.object({ kind: z.literal("goal_remove"), number: goalNumber }),
  /** `uppföljning starta <år> [till <datum>]`: the year's follow-up round opens and asks everyone. */
  z.object({ kind: z.literal("round_start"), year: reportYear, closesOn: localDateSchema.optional() }),
  /** `uppföljning`: the open round's progress, who has answered what. */
  z.object({ kind: z.literal("round_show") }),
  /** `uppföljning avsluta`: the round closes; later answers are refused. */
  z.object({ kind: z.literal("round_close") }),
  /** `uppföljning <nr> <text>`: results and effects of an activity this year. */
  z.object({
    kind: z.literal("round_text"),
    number: activityNumber,
    text: z.string().min(1).max(MAX_COMMENT_LENGTH),
  }),
  /** `bedöm <mål-nr> <1-4> [kommentar]`: a self-assessment of a goal in the open round. */
  z.object({
    kind: z.literal("assess"),
    goal: goalNumber,
    score: assessmentScore,
    comment: z.string().min(1).max(MAX_COMMENT_LENGTH).optional(),
  }),
  /** `lärdom <text>`: a lesson learned this year. */
  z.object({ kind: z.literal("lesson"), text: z.string().min(1).max(MAX_COMMENT_LENGTH) }),
]);
export type Command = z.infer<typeof commandSchema>;
export type CommandKind = Command["kind"];

export type MissingArgument =
  | "number"
  | "person"
  | "date"
  | "time"
  | "text"
  | "agendaDays"
  | "weekday"
  | "ofMonth"
  | "attendance"
  | "reminderDays"
  | "onOff"
  | "language"
  | "webAction"
  | "licence"
  | "meeting"
  | "activityField"
  | "planName"
  | "period"
  | "memberName"
  | "memberRole"
  | "groupName"
  | "newWhat"
  | "planFile"
  | "workingGroupName"
  | "names";

/** Why a line could not be understood. Each code becomes one polite reply that says what to type. */
export type ParseError =
  | { code: "empty" }
  | { code: "unknown_command"; word: string; suggestion?: string }
  /** `argument` names what is missing; the reply says it in words (texts' `arguments`). */
  | { code: "missing_argument"; command: string; argument: MissingArgument }
  | { code: "bad_number"; command: string; given: string }
  | { code: "bad_status"; given: string; suggestion?: string }
  /** `wrongWeekday`: the date found, when the weekday typed with it ("torsdag 2 mars") is not its own. */
  | { code: "bad_date"; given: string; wrongWeekday?: LocalDate }
  | { code: "bad_time"; given: string }
  | { code: "bad_filter"; given: string }
  /** A `; …` part of `ny aktivitet` that names nothing it takes (princip, part, deadline, ansvarig org). */
  | { code: "unknown_part"; command: string; given: string }
  /** Not one of the parties: stad, civil, gemensamt (city, civil, joint). */
  | { code: "bad_party"; given: string }
  /** `mål`, `uppföljning`, `bedöm`, `lärdom` and `rapport`: what is wrong, and the usage to show. */
  | { code: "followup"; problem: FollowUpProblem; command: string; given?: string }
  /** `subject`: what was too long, so the reply says what to shorten (a comment unless told). */
  | { code: "text_too_long"; length: number; max: number; subject?: "agenda" | "name" | "contact" }
  /** `ändra <nr> titel ingen`: a title, principle or party cannot be emptied, only changed. */
  | { code: "field_required"; field: RequiredActivityField };

export type FollowUpProblem =
  | "goal_number"
  | "goal_principle"
  | "goal_text"
  | "goal_what"
  | "score"
  | "year"
  | "round_what"
  | "text"
  | "report_argument"
  | "report_twice";

export type ParseResult = { ok: true; command: Command } | { ok: false; error: ParseError };
