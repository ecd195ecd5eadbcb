// Who a Slack user is, for matching them to a member: their id, and their e-mail and name from
// users.info (scopes users:read, users:read.email). Looked up after the ack, cached per user, and one
// lookup shared by concurrent requests (a double click). If Slack cannot answer, the id is enough to go on.
// `known` tells a listener whether it can answer without asking Slack (then it may answer in the ack).
import type { WebClient } from "@slack/web-api";
import type { Logger } from "pino";
import { cleanIncomingText } from "../../core/incoming-text.ts";
import type { Identity } from "../../services/members.ts";
import { logSlackError } from "./web-api-errors.ts";

export const IDENTITY_TTL_MS = 60 * 60 * 1000;
/** A failed lookup is retried after this long, not on every request (Slack may be rate limiting us). */
export const FAILED_IDENTITY_TTL_MS = 60 * 1000;
const MAX_ENTRIES = 5000;

export interface SlackIdentities {
  resolve(teamId: string, userId: string, fallbackName?: string): Promise<Identity>;
  /** The identity when it is already at hand, without asking Slack; undefined when resolve would call users.info. */
  known(teamId: string, userId: string): Identity | undefined;
}

interface Entry {
  identity: Promise<Identity>;
  /** The looked-up identity, once the lookup has finished. */
  settled?: Identity;
  expires: number;
}

/** A Slack user to the door: their user id, which is unique within their workspace (team). */
export function slackIdentity(
  teamId: string,
  userId: string,
  profile: Pick<Identity, "email" | "name"> = {},
): Identity {
  return {
    platform: "slack",
    userId,
    ids: [{ platform: "slack", workspaceId: teamId, externalId: userId }],
    ...profile,
  };
}

const clean = (text: string | undefined) => (text ? cleanIncomingText(text).trim() || undefined : undefined);

export function createSlackIdentities(
  web: WebClient,
  logger: Logger,
  now: () => number = Date.now,
): SlackIdentities {
  const cache = new Map<string, Entry>();

  async function lookUp(key: string, teamId: string, userId: string, fallbackName?: string) {
    try {
      const result = await web.users.info({ user: userId });
      const user = result.user;
      // A profile is text someone typed into Slack, and it is stored as the member's name.
      const name = clean(
        user?.profile?.real_name ||
          user?.real_name ||
          user?.profile?.display_name ||
          user?.name ||
          fallbackName,
      );
      const email = clean(user?.profile?.email);
      return slackIdentity(teamId, userId, { ...(email ? { email } : {}), ...(name ? { name } : {}) });
    } catch (error) {
      logSlackError(logger, error, { method: "users.info", team: teamId, user: userId });
      const entry = cache.get(key);
      if (entry) entry.expires = now() + FAILED_IDENTITY_TTL_MS;
      const name = clean(fallbackName);
      return slackIdentity(teamId, userId, name ? { name } : {});
    }
  }

  return {
    resolve(teamId, userId, fallbackName) {
      const key = `${teamId}:${userId}`;
      const cached = cache.get(key);
      if (cached && cached.expires > now()) return cached.identity;
      if (cache.size >= MAX_ENTRIES) {
        const oldest = cache.keys().next().value;
        if (oldest !== undefined) cache.delete(oldest);
      }
      const entry: Entry = {
        identity: Promise.resolve(slackIdentity(teamId, userId)),
        expires: now() + IDENTITY_TTL_MS,
      };
      cache.delete(key);
      cache.set(key, entry);
      entry.identity = lookUp(key, teamId, userId, fallbackName).then((identity) => {
        entry.settled = identity;
        return identity;
      });
      return entry.identity;
    },
    known(teamId, userId) {
      const cached = cache.get(`${teamId}:${userId}`);
      return cached && cached.expires > now() ? cached.settled : undefined;
    },
  };
}
