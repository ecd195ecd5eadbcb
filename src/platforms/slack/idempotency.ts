// Idempotency keys: one per thing a person did, the same however often Slack delivers it.
//
// - A slash command: its trigger_id is unique per invocation and repeated in a redelivery.
// - A button: the same person pressing the same button (its value, which names the command and the
//   version of the activity it was drawn for) on the same message (channel + ts) or the same drawing of
//   a view (view id + hash). A double click has one key; a press after the message was redrawn with the
//   new status (same ts, new version in the value) is a new one; so is another person's press.
// - A modal submission: the view id, unique per opened modal.
// - An event (a direct message, a mention): its event_id, which Slack repeats when it retries.
import { createHash } from "node:crypto";

const digest = (parts: string[]) =>
  createHash("sha256").update(parts.join("\u0000")).digest("hex").slice(0, 40);

export function commandKey(teamId: string, triggerId: string): string {
  return `slack:command:${teamId}:${triggerId}`;
}

export interface ButtonPress {
  teamId: string;
  userId: string;
  /** `${channel}:${message_ts}` for a message, `${view.id}:${view.hash}` for App Home or a modal. */
  container: string;
  actionId: string;
  value: string;
}

export function buttonKey(press: ButtonPress): string {
  return `slack:button:${digest([press.teamId, press.userId, press.container, press.actionId, press.value])}`;
}

export function viewSubmissionKey(teamId: string, viewId: string): string {
  return `slack:view:${teamId}:${viewId}`;
}

/** An event (a direct message, a mention): its event_id, the same in every redelivery of it. */
export function eventKey(teamId: string, eventId: string): string {
  return `slack:event:${teamId}:${eventId}`;
}
