// Who is acting, in which group, from which surface. Built by each adapter, used by every command.
import type { Platform } from "../core/platform.ts";
import type { Role } from "../db/generated/client.ts";
import type { Locale } from "../texts/locale.ts";

export interface GroupRef {
  id: number;
  name: string;
  timeZone: string;
  /** The language the bot answers the group in; absent reads as Swedish. */
  locale?: Locale;
}

export interface Actor {
  memberId: number;
  name: string;
  role: Role;
  /** A former member (`ta bort medlem`): their commands are answered with whom to ask, and not run. */
  former?: true;
}

export interface CommandContext {
  group: GroupRef;
  actor: Actor;
  source: Platform;
  /** Unique per delivery (Slack trigger, Teams activity id, console line): a redelivery stores nothing twice. */
  idempotencyKey: string;
  /** Everyone where the person wrote sees the reply (a Teams channel): nothing secret goes in it. */
  repliesSeenByAll?: true;
}

export function isCoordinator(actor: Actor): boolean {
  return actor.role === "samordnare" || actor.role === "admin";
}
