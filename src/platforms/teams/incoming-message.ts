// Translates a Teams activity into the platform-neutral IncomingMessage: where it was said (tenant and
// conversation), who said it (Teams user id, AAD object id, e-mail when Teams includes it) and the text
// with the bot's own @mention taken out. Nothing here decides what the text means.
import type { Activity, IMessageActivity } from "@microsoft/teams.api";
import { cleanIncomingText } from "../../core/incoming-text.ts";
import type { Incoming, IncomingInput } from "../../services/conversation.ts";
import type { Identity } from "../../services/members.ts";

/** What the Notifier needs to write to a conversation later; stored with the binding or personal chat. */
export interface TeamsReference {
  serviceUrl: string;
  tenantId: string;
  conversationId: string;
  conversationType: string;
  botId: string;
  teamId?: string;
}

/** A channel thread's conversation id carries `;messageid=…`; the channel itself is the part before. */
export function channelConversationId(conversationId: string): string {
  return conversationId.split(";messageid=")[0] ?? conversationId;
}

/** The activity's tenant; also read from bodies not yet checked, so a missing conversation is allowed. */
export function tenantOf(activity: Activity): string {
  const data = activity.channelData as { tenant?: { id?: string } } | undefined;
  const conversation = activity.conversation as Activity["conversation"] | undefined;
  return conversation?.tenantId ?? data?.tenant?.id ?? "";
}

export function referenceOf(activity: Activity): TeamsReference {
  const data = activity.channelData as { team?: { id?: string } } | undefined;
  return {
    serviceUrl: activity.serviceUrl ?? "",
    tenantId: tenantOf(activity),
    conversationId: channelConversationId(activity.conversation.id),
    conversationType: activity.conversation.conversationType ?? "personal",
    botId: activity.recipient.id,
    ...(data?.team?.id ? { teamId: data.team.id } : {}),
  };
}

export function isPersonal(activity: Activity): boolean {
  return (activity.conversation.conversationType ?? "personal") === "personal";
}

/**
 * Who wrote: the Azure AD object id first (the person in the tenant's directory, the same in every
 * app), then the Teams user id (always there), both within the tenant.
 */
export function identityOf(activity: Activity): Identity {
  const from = activity.from;
  const workspaceId = tenantOf(activity);
  return {
    platform: "teams",
    userId: from.id,
    ids: [
      ...(from.aadObjectId ? [{ platform: "teams-aad", workspaceId, externalId: from.aadObjectId }] : []),
      { platform: "teams", workspaceId, externalId: from.id },
    ],
    ...(from.email ? { email: from.email } : {}),
    ...(from.name ? { name: cleanIncomingText(from.name) } : {}),
  };
}

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&nbsp;": " ",
};

/**
 * The text without the bot's @mention. Teams writes a mention as `<at>Name</at>` in the text and as a
 * mention entity; the bot's own is removed wherever it is, other people's become their plain names
 * (so `ansvarig 13 @Tina Modin` works). Teams escapes &, < and > in typed text; they are unescaped,
 * and the result is only ever parsed as a command and shown back as text.
 */
export function commandText(activity: IMessageActivity): string {
  let text = activity.text ?? "";
  const mentions = (activity.entities ?? []).filter(
    (e): e is Extract<typeof e, { type: "mention" }> => e.type === "mention",
  );
  for (const mention of mentions) {
    const markup = mention.text ?? `<at>${mention.mentioned.name ?? ""}</at>`;
    const own = mention.mentioned.id === activity.recipient.id;
    text = text.replace(markup, own ? " " : markup.replace(/<\/?at>/g, ""));
  }
  text = text.replace(/<at>([^<]*)<\/at>/g, "$1");
  return text.replace(/&(?:amp|lt|gt|quot|#39|nbsp);/g, (m: string) => ENTITIES[m] ?? m).trim();
}

export function teamsIncoming(activity: Activity, input: IncomingInput, idempotencyKey: string): Incoming {
  const reference = referenceOf(activity);
  return {
    platform: "teams",
    workspaceId: reference.tenantId,
    channelId: reference.conversationId,
    conversationType: isPersonal(activity) ? "personal" : "channel",
    identity: identityOf(activity),
    input,
    idempotencyKey,
    reference: { ...reference },
    // A Teams channel shows every answer to everyone.
    privateReplies: isPersonal(activity),
  };
}
