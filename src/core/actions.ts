// What a button, a card or a form carries: a typed action, not a command line. Surfaces encode it in
// their own way (a Slack button value, an Adaptive Card's data) and, when it comes back from outside,
// validate it with `parseAction` before anything runs, like anything typed.
import { z } from "zod";
import { ACTIVITY_STATUSES } from "./activity-status.ts";
import {
  assessmentScore,
  type Command,
  commandSchema,
  MAX_COMMENT_LENGTH,
  MAX_FIELD_LENGTH,
  partySchema,
} from "./command.ts";
import { isReadOnlyCommand } from "./command-effects.ts";
import { cleanIncomingText } from "./incoming-text.ts";
import { localDateSchema } from "./local-date.ts";

const activityNumber = z.number().int().positive().max(1_000_000);
const status = z.enum(ACTIVITY_STATUSES);
const comment = z
  .string()
  .max(MAX_COMMENT_LENGTH * 2)
  .transform((c) => cleanIncomingText(c).trim().slice(0, MAX_COMMENT_LENGTH))
  .optional();

export const actionSchema = z.discriminatedUnion("kind", [
  /** Klar, Pågår, Försenad …; with a comment when the surface lets one be typed with the press. */
  z.object({
    kind: z.literal("set_status"),
    number: activityNumber,
    status,
    comment,
    /** The activity the card showed (its id), when the card says. */
    activity: z.number().int().positive().max(2_147_483_647).optional(),
  }),
  /** Visa: everything about an activity. */
  z.object({ kind: z.literal("show"), number: activityNumber }),
  /**
   * Kommentera…: the status form for an activity (status, comment and, for coordinators, a new
   * deadline), drawn where the surface has forms; `status` is the one the activity had when drawn.
   */
  z.object({ kind: z.literal("status_form"), number: activityNumber, status }),
  /** The status form sent back. */
  z.object({
    kind: z.literal("submit_status_form"),
    number: activityNumber,
    status,
    comment,
    deadline: localDateSchema.optional(),
  }),
  /** *Jag kommer* / *Jag kan inte* on a posted agenda: the meeting it was posted for. */
  z.object({
    kind: z.literal("attend"),
    meeting: z.number().int().positive().max(2_147_483_647),
    answer: z.enum(["yes", "no"]),
  }),
  /** Ny aktivitet: the form for a new activity, drawn where the surface has forms (samordnare only). */
  z.object({ kind: z.literal("activity_form") }),
  /** The form for a new activity sent back, read and checked by core/activity-form.ts. */
  z.object({
    kind: z.literal("submit_activity_form"),
    title: z.string().min(1).max(MAX_FIELD_LENGTH),
    /** A principle's key or name, matched against the plan's like a typed one. */
    principle: z.string().min(1).max(MAX_FIELD_LENGTH),
    party: partySchema,
    deadline: localDateSchema.optional(),
    responsibleOrg: z.string().min(1).max(MAX_FIELD_LENGTH).optional(),
    description: z.string().min(1).max(MAX_COMMENT_LENGTH).optional(),
  }),
  /** A step of a goal's self-assessment in the year's follow-up (1–4), pressed in a direct message. */
  z.object({
    kind: z.literal("assess"),
    goal: z.number().int().positive().max(100_000),
    score: assessmentScore,
    comment,
  }),
  /** A card's assessments sent at once (a Teams card with a choice per goal). */
  z.object({
    kind: z.literal("submit_assessments"),
    scores: z
      .array(z.object({ goal: z.number().int().positive().max(100_000), score: assessmentScore }))
      .max(200),
    comment,
  }),
  /**
   * Skriv uppföljning… / Skriv en lärdom…: the form for an activity's follow-up text (`number`) or a
   * lesson learned (no number), drawn where the surface has forms.
   */
  z.object({ kind: z.literal("round_text_form"), number: activityNumber.optional() }),
  /** That form sent back. */
  z.object({
    kind: z.literal("submit_round_text"),
    number: activityNumber.optional(),
    text: z
      .string()
      .max(MAX_COMMENT_LENGTH * 2)
      .transform((c) => cleanIncomingText(c).trim().slice(0, MAX_COMMENT_LENGTH)),
  }),
  /** The next page of a reply to a command that only reads. */
  z.object({
    kind: z.literal("page"),
    command: commandSchema.refine((c) => isReadOnlyCommand(c.kind), "only a command that reads is paged"),
    page: z.number().int().positive().max(1_000),
  }),
  /** Importera / Avbryt under the dry run of a plan file sent in chat. */
  z.object({ kind: z.literal("import_confirm"), upload: z.number().int().positive() }),
  z.object({ kind: z.literal("import_cancel"), upload: z.number().int().positive() }),
]);
export type Action = z.infer<typeof actionSchema>;
export type ActionKind = Action["kind"];

/** An action from outside (a button's value, a card's data), or undefined when it is not one of ours. */
export function parseAction(value: unknown): Action | undefined {
  const parsed = actionSchema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** The commands an action runs, in order. A status form with a new deadline sets the deadline first. */
export function commandsOf(action: Action): Command[] {
  switch (action.kind) {
    case "set_status":
      return [
        {
          kind: "status_set",
          number: action.number,
          status: action.status,
          ...withComment(action.comment),
          ...(action.activity ? { activity: action.activity } : {}),
        },
      ];
    case "show":
      return [{ kind: "show", number: action.number }];
    case "status_form":
      return [{ kind: "status_show", number: action.number }];
    case "submit_status_form":
      return [
        ...(action.deadline
          ? [{ kind: "deadline" as const, number: action.number, date: action.deadline }]
          : []),
        { kind: "status_set", number: action.number, status: action.status, ...withComment(action.comment) },
      ];
    case "attend":
      return [{ kind: "attendance_set", answer: action.answer, meeting: action.meeting }];
    case "page":
      return [action.command];
    case "activity_form":
      return [{ kind: "activity_create" }];
    case "submit_activity_form": {
      const { kind: _kind, deadline, ...fields } = action;
      return [{ kind: "activity_create", ...fields, ...(deadline ? { dueDate: deadline } : {}) }];
    }
    case "import_confirm":
      return [{ kind: "import_confirm", upload: action.upload }];
    case "import_cancel":
      return [{ kind: "import_cancel", upload: action.upload }];
    case "assess":
      return [{ kind: "assess", goal: action.goal, score: action.score, ...withComment(action.comment) }];
    case "submit_assessments":
      if (!action.scores.length) return [{ kind: "help", topic: "bedom" }];
      return action.scores.map((s, i) => ({
        kind: "assess" as const,
        goal: s.goal,
        score: s.score,
        // The card's one comment goes with the first goal it answers.
        ...(i === 0 ? withComment(action.comment) : {}),
      }));
    case "round_text_form":
      // Where no form can be drawn, the help says what to type.
      return [{ kind: "help", topic: action.number ? "uppfoljning" : "lardom" }];
    case "submit_round_text":
      if (!action.text) return [{ kind: "help", topic: action.number ? "uppfoljning" : "lardom" }];
      return action.number
        ? [{ kind: "round_text", number: action.number, text: action.text }]
        : [{ kind: "lesson", text: action.text }];
  }
}

function withComment(c: string | undefined): { comment?: string } {
  return c ? { comment: c } : {};
}
