// Activities as Teams sends them to a bot (shapes from Microsoft's Bot Framework / Teams docs): a
// channel message that @mentions the bot, a personal chat message, an Action.Execute press
// (adaptiveCard/action invoke), an Action.Submit press, and the installation events.
import { randomUUID } from "node:crypto";
import { APP_ID, TENANT_ID } from "./teams-fakes.ts";

export const BOT = { id: `28:${APP_ID}`, name: "LÖK" };
export const TEAM_ID = "19:team-general@thread.tacv2";
export const CHANNEL_ID = "19:lok-kanal@thread.tacv2";

export interface TeamsUser {
  id: string;
  aadObjectId: string;
  name: string;
  email?: string;
}

export const ANNA: TeamsUser = { id: "29:anna", aadObjectId: "aad-anna", name: "Anna Fogel" };
export const TINA: TeamsUser = { id: "29:tina", aadObjectId: "aad-tina", name: "Tina Modin" };

type Json = Record<string, unknown>;

function base(serviceUrl: string, user: TeamsUser, conversation: Json, channelData: Json): Json {
  return {
    id: randomUUID(),
    channelId: "msteams",
    serviceUrl,
    timestamp: new Date().toISOString(),
    localTimestamp: new Date().toISOString(),
    from: {
      id: user.id,
      aadObjectId: user.aadObjectId,
      name: user.name,
      ...(user.email ? { email: user.email } : {}),
    },
    recipient: BOT,
    conversation: { tenantId: TENANT_ID, ...conversation },
    channelData: { tenant: { id: TENANT_ID }, ...channelData },
    locale: "sv-SE",
  };
}

function channelConversation(threadId?: string): { conversation: Json; channelData: Json } {
  return {
    conversation: {
      isGroup: true,
      conversationType: "channel",
      id: threadId ? `${CHANNEL_ID};messageid=${threadId}` : CHANNEL_ID,
      name: "LÖK",
    },
    channelData: {
      teamsTeamId: TEAM_ID,
      teamsChannelId: CHANNEL_ID,
      team: { id: TEAM_ID, name: "Samverkansrådet" },
      channel: { id: CHANNEL_ID, name: "LÖK" },
    },
  };
}

function personalConversation(user: TeamsUser) {
  return {
    conversation: { conversationType: "personal", id: `a:personal-${user.aadObjectId}` },
    channelData: {},
  };
}

/** `@LÖK <text>` in the channel, as a new post (its own thread). */
export function channelMention(serviceUrl: string, user: TeamsUser, text: string): Json {
  const { conversation, channelData } = channelConversation("1700000000000");
  return {
    ...base(serviceUrl, user, conversation, channelData),
    type: "message",
    textFormat: "plain",
    text: `<at>${BOT.name}</at> ${text}`,
    entities: [
      { type: "mention", text: `<at>${BOT.name}</at>`, mentioned: BOT },
      { type: "clientInfo", locale: "sv-SE", country: "SE", platform: "Web", timezone: "Europe/Stockholm" },
    ],
  };
}

export function channelMessageWithoutMention(serviceUrl: string, user: TeamsUser, text: string): Json {
  const { conversation, channelData } = channelConversation("1700000000001");
  return { ...base(serviceUrl, user, conversation, channelData), type: "message", textFormat: "plain", text };
}

export function personalMessage(serviceUrl: string, user: TeamsUser, text: string): Json {
  const { conversation, channelData } = personalConversation(user);
  return { ...base(serviceUrl, user, conversation, channelData), type: "message", textFormat: "plain", text };
}

/** Action.Execute on a card: Teams merges the card's inputs into action.data. */
export function cardAction(
  serviceUrl: string,
  user: TeamsUser,
  data: Json,
  where: "channel" | "personal",
): Json {
  const { conversation, channelData } =
    where === "channel" ? channelConversation("1700000000000") : personalConversation(user);
  return {
    ...base(serviceUrl, user, conversation, channelData),
    type: "invoke",
    name: "adaptiveCard/action",
    replyToId: "sent-1",
    value: { action: { type: "Action.Execute", verb: "lok", data }, trigger: "manual" },
  };
}

/** Action.Submit (older clients): a message with the button's data and inputs as its value. */
export function cardSubmit(serviceUrl: string, user: TeamsUser, data: Json): Json {
  const { conversation, channelData } = channelConversation("1700000000000");
  return {
    ...base(serviceUrl, user, conversation, channelData),
    type: "message",
    replyToId: "sent-1",
    value: data,
  };
}

/** The bot added to a team: conversationUpdate in the team's General channel. */
export function botAddedToTeam(serviceUrl: string, user: TeamsUser): Json {
  return {
    ...base(
      serviceUrl,
      user,
      { isGroup: true, conversationType: "channel", id: TEAM_ID },
      { team: { id: TEAM_ID, name: "Samverkansrådet" }, eventType: "teamMemberAdded" },
    ),
    type: "conversationUpdate",
    membersAdded: [{ id: BOT.id }],
  };
}

export function botInstalledPersonally(serviceUrl: string, user: TeamsUser): Json {
  const { conversation, channelData } = personalConversation(user);
  return { ...base(serviceUrl, user, conversation, channelData), type: "installationUpdate", action: "add" };
}

export function botUninstalledFromTeam(serviceUrl: string, user: TeamsUser): Json {
  return {
    ...base(
      serviceUrl,
      user,
      { isGroup: true, conversationType: "channel", id: TEAM_ID },
      { team: { id: TEAM_ID, name: "Samverkansrådet" } },
    ),
    type: "installationUpdate",
    action: "remove",
  };
}

/** A dialog (task module) asked for or submitted: task/fetch with the button's data, task/submit with the form's. */
export function dialogInvoke(
  serviceUrl: string,
  user: TeamsUser,
  name: "task/fetch" | "task/submit",
  data: Json,
  where: "channel" | "personal" = "channel",
): Json {
  const { conversation, channelData } =
    where === "channel" ? channelConversation("1700000000000") : personalConversation(user);
  return {
    ...base(serviceUrl, user, conversation, channelData),
    type: "invoke",
    name,
    replyToId: "sent-1",
    value: { data, context: { theme: "default" } },
  };
}

/** A file sent in the personal chat, as Teams delivers it when the bot supports files. */
export function personalFileMessage(
  serviceUrl: string,
  user: TeamsUser,
  file: { name: string; downloadUrl: string },
): Json {
  const { conversation, channelData } = personalConversation(user);
  return {
    ...base(serviceUrl, user, conversation, channelData),
    type: "message",
    textFormat: "plain",
    text: "",
    attachments: [
      {
        contentType: "application/vnd.microsoft.teams.file.download.info",
        contentUrl:
          "https://contoso.sharepoint.com/personal/anna/Documents/Microsoft%20Teams-chattfiler/plan",
        name: file.name,
        content: {
          downloadUrl: file.downloadUrl,
          uniqueId: "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
          fileType: "csv",
        },
      },
    ],
  };
}

/** A message action (a message's "More actions" menu) on a channel message: composeExtension/fetchTask. */
export function messageActionInvoke(
  serviceUrl: string,
  user: TeamsUser,
  commandId: string,
  message: { id: string; html: string; link?: string },
): Json {
  const { conversation, channelData } = channelConversation(message.id);
  return {
    ...base(serviceUrl, user, conversation, channelData),
    type: "invoke",
    name: "composeExtension/fetchTask",
    value: {
      commandId,
      commandContext: "message",
      context: { theme: "default" },
      messagePayload: {
        id: message.id,
        messageType: "message",
        body: { contentType: "html", content: message.html },
        ...(message.link ? { linkToMessage: message.link } : {}),
      },
    },
  };
}
