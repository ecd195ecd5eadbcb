// Payloads shaped as Slack sends them (slash command, block_actions, view_submission, app_home_opened),
// trimmed to the fields that matter but with Slack's field names and nesting.
let sequence = 0;
export const nextId = (prefix: string) => `${prefix}${Date.now().toString(36)}${(sequence++).toString(36)}`;

export const TEAM = "T1";
export const CHANNEL = "C0LOK";

export function slashCommand(p: {
  text: string;
  userId: string;
  userName?: string;
  channelId?: string;
  responseUrl: string;
  triggerId?: string;
}): Record<string, string> {
  return {
    token: "deprecated-verification-token",
    team_id: TEAM,
    team_domain: "orebro",
    channel_id: p.channelId ?? CHANNEL,
    channel_name: "samverkansradet",
    user_id: p.userId,
    user_name: p.userName ?? p.userId.toLowerCase(),
    command: "/lok",
    text: p.text,
    api_app_id: "A0LOK",
    is_enterprise_install: "false",
    response_url: p.responseUrl,
    trigger_id: p.triggerId ?? nextId("trig."),
  };
}

export interface ButtonSpec {
  action_id: string;
  value: string;
  block_id?: string;
  text?: { text: string };
}

export function messageBlockActions(p: {
  userId: string;
  button: ButtonSpec;
  messageTs: string;
  ephemeral: boolean;
  responseUrl: string;
  channelId?: string;
  triggerId?: string;
}) {
  const channel = p.channelId ?? CHANNEL;
  return {
    type: "block_actions",
    user: { id: p.userId, username: p.userId.toLowerCase(), name: p.userId.toLowerCase(), team_id: TEAM },
    api_app_id: "A0LOK",
    token: "deprecated-verification-token",
    container: { type: "message", message_ts: p.messageTs, channel_id: channel, is_ephemeral: p.ephemeral },
    trigger_id: p.triggerId ?? nextId("trig."),
    team: { id: TEAM, domain: "orebro" },
    enterprise: null,
    is_enterprise_install: false,
    channel: { id: channel, name: "samverkansradet" },
    ...(p.ephemeral ? {} : { message: { type: "message", ts: p.messageTs, text: "", blocks: [] } }),
    state: { values: {} },
    response_url: p.responseUrl,
    actions: [
      {
        action_id: p.button.action_id,
        block_id: p.button.block_id ?? "b1",
        text: { type: "plain_text", text: p.button.text?.text ?? "Klar", emoji: true },
        value: p.button.value,
        type: "button",
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

export function homeBlockActions(p: {
  userId: string;
  button: ButtonSpec;
  viewId: string;
  viewHash: string;
}) {
  return {
    type: "block_actions",
    user: { id: p.userId, username: p.userId.toLowerCase(), name: p.userId.toLowerCase(), team_id: TEAM },
    api_app_id: "A0LOK",
    token: "deprecated-verification-token",
    container: { type: "view", view_id: p.viewId },
    trigger_id: nextId("trig."),
    team: { id: TEAM, domain: "orebro" },
    enterprise: null,
    is_enterprise_install: false,
    view: {
      id: p.viewId,
      team_id: TEAM,
      type: "home",
      blocks: [],
      private_metadata: "",
      callback_id: "",
      state: { values: {} },
      hash: p.viewHash,
      title: { type: "plain_text", text: "View Title" },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: null,
      previous_view_id: null,
      root_view_id: p.viewId,
      app_id: "A0LOK",
      external_id: "",
      app_installed_team_id: TEAM,
      bot_id: "BBOT",
    },
    actions: [
      {
        action_id: p.button.action_id,
        block_id: p.button.block_id ?? "b1",
        text: { type: "plain_text", text: p.button.text?.text ?? "Klar", emoji: true },
        value: p.button.value,
        type: "button",
        action_ts: `${Date.now() / 1000}`,
      },
    ],
  };
}

export function viewSubmission(p: {
  userId: string;
  view: { callback_id: string; private_metadata: string };
  viewId?: string;
  status?: string;
  comment?: string;
  deadline?: string;
}) {
  const viewId = p.viewId ?? nextId("V");
  return {
    type: "view_submission",
    team: { id: TEAM, domain: "orebro" },
    user: { id: p.userId, username: p.userId.toLowerCase(), name: p.userId.toLowerCase(), team_id: TEAM },
    api_app_id: "A0LOK",
    token: "deprecated-verification-token",
    trigger_id: nextId("trig."),
    view: {
      id: viewId,
      team_id: TEAM,
      type: "modal",
      blocks: [],
      private_metadata: p.view.private_metadata,
      callback_id: p.view.callback_id,
      state: {
        values: {
          status: {
            value: {
              type: "static_select",
              selected_option: p.status
                ? { text: { type: "plain_text", text: p.status, emoji: true }, value: p.status }
                : null,
            },
          },
          comment: { value: { type: "plain_text_input", value: p.comment ?? null } },
          deadline: { value: { type: "datepicker", selected_date: p.deadline ?? null } },
        },
      },
      hash: nextId("h"),
      title: { type: "plain_text", text: "Aktivitet", emoji: true },
      clear_on_close: false,
      notify_on_close: false,
      close: null,
      submit: null,
      previous_view_id: null,
      root_view_id: viewId,
      app_id: "A0LOK",
      external_id: "",
      app_installed_team_id: TEAM,
      bot_id: "BBOT",
    },
    response_urls: [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

export function appHomeOpened(userId: string) {
  return {
    token: "deprecated-verification-token",
    team_id: TEAM,
    api_app_id: "A0LOK",
    event: {
      type: "app_home_opened",
      user: userId,
      channel: "D0HOME",
      tab: "home",
      event_ts: `${Date.now() / 1000}`,
    },
    type: "event_callback",
    event_id: nextId("Ev"),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { enterprise_id: null, team_id: TEAM, user_id: "UBOT", is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
  };
}

/** The bot's own user, as Slack names it in every event's authorizations. */
export const BOT_USER = "UBOT";
export const DM_CHANNEL = "D0ANNA";

export interface MessageEventSpec {
  userId?: string;
  text?: string;
  channel?: string;
  ts?: string;
  threadTs?: string;
  subtype?: string;
  botId?: string;
  eventId?: string;
}

function eventEnvelope(event: Record<string, unknown>, eventId?: string) {
  return {
    token: "deprecated-verification-token",
    team_id: TEAM,
    api_app_id: "A0LOK",
    event,
    type: "event_callback",
    event_id: eventId ?? nextId("Ev"),
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      { enterprise_id: null, team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false },
    ],
    is_ext_shared_channel: false,
    event_context: nextId("4-eyJ"),
  };
}

/** A `message` event in the person's direct conversation with the bot (message.im). */
export function directMessageEvent(p: MessageEventSpec) {
  const ts = p.ts ?? `${Date.now() / 1000}`;
  return eventEnvelope(
    {
      type: "message",
      channel: p.channel ?? DM_CHANNEL,
      ...(p.userId ? { user: p.userId } : {}),
      text: p.text ?? "",
      ts,
      ...(p.threadTs ? { thread_ts: p.threadTs } : {}),
      ...(p.subtype ? { subtype: p.subtype } : {}),
      ...(p.botId ? { bot_id: p.botId } : {}),
      event_ts: ts,
      channel_type: "im",
      team: TEAM,
    },
    p.eventId,
  );
}

/** An `app_mention` event: `<@UBOT> …` written in a channel. */
export function mentionEvent(p: MessageEventSpec) {
  const ts = p.ts ?? `${Date.now() / 1000}`;
  return eventEnvelope(
    {
      type: "app_mention",
      channel: p.channel ?? CHANNEL,
      ...(p.userId ? { user: p.userId } : {}),
      text: p.text ?? "",
      ts,
      ...(p.threadTs ? { thread_ts: p.threadTs } : {}),
      ...(p.subtype ? { subtype: p.subtype } : {}),
      ...(p.botId ? { bot_id: p.botId } : {}),
      event_ts: ts,
      team: TEAM,
    },
    p.eventId,
  );
}

/** A `message_changed` event in the direct conversation: someone edited what they wrote. */
export function editedDirectMessageEvent(p: { userId: string; text: string }) {
  const ts = `${Date.now() / 1000}`;
  return eventEnvelope({
    type: "message",
    subtype: "message_changed",
    channel: DM_CHANNEL,
    hidden: true,
    message: { type: "message", user: p.userId, text: p.text, ts: "1700000000.000100", edited: { ts } },
    previous_message: { type: "message", user: p.userId, text: "status 13 pågår", ts: "1700000000.000100" },
    event_ts: ts,
    ts,
    channel_type: "im",
  });
}

/** A file a person shares in their direct conversation with the bot: `message` with subtype `file_share`. */
export function fileShareEvent(p: {
  userId: string;
  file: { name: string; url: string; size: number };
  channel?: string;
  eventId?: string;
}) {
  const ts = `${Date.now() / 1000}`;
  return eventEnvelope(
    {
      type: "message",
      subtype: "file_share",
      channel: p.channel ?? DM_CHANNEL,
      user: p.userId,
      text: "",
      ts,
      files: [
        {
          id: nextId("F"),
          name: p.file.name,
          title: p.file.name,
          mimetype: "text/csv",
          filetype: "csv",
          size: p.file.size,
          url_private: p.file.url,
          url_private_download: p.file.url,
        },
      ],
      upload: true,
      display_as_bot: false,
      event_ts: ts,
      channel_type: "im",
      team: TEAM,
    },
    p.eventId,
  );
}

/** An @mention in a channel with a file attached and nothing typed beside it. */
export function mentionWithFileEvent(p: {
  userId: string;
  file: { name: string; url: string; size: number };
}) {
  const ts = `${Date.now() / 1000}`;
  return eventEnvelope({
    type: "app_mention",
    channel: CHANNEL,
    user: p.userId,
    text: `<@${BOT_USER}>`,
    ts,
    files: [{ id: nextId("F"), name: p.file.name, size: p.file.size, url_private_download: p.file.url }],
    event_ts: ts,
    team: TEAM,
  });
}

/** The message shortcut (a message's "More actions" menu) on a message in the channel. */
export function messageShortcut(p: {
  userId: string;
  callbackId: string;
  text: string;
  messageTs: string;
  responseUrl: string;
  channelId?: string;
}) {
  const channel = p.channelId ?? CHANNEL;
  return {
    type: "message_action",
    token: "deprecated-verification-token",
    action_ts: `${Date.now() / 1000}`,
    team: { id: TEAM, domain: "orebro" },
    user: { id: p.userId, name: p.userId.toLowerCase(), team_id: TEAM },
    channel: { id: channel, name: "samverkansradet" },
    is_enterprise_install: false,
    enterprise: null,
    callback_id: p.callbackId,
    trigger_id: nextId("trig."),
    response_url: p.responseUrl,
    message_ts: p.messageTs,
    message: { type: "message", user: "U0OTHER", ts: p.messageTs, text: p.text },
  };
}
