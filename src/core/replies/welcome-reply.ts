// What the bot says when it is added to a channel, a group chat or a personal chat.
import type { Messages } from "../../texts/index.ts";
import type { Block, Reply } from "../reply.ts";
import { reply } from "../reply.ts";

/** `demo`: the group greeted is the demo, whose dates are its own. */
export function welcomeReply(
  t: Messages,
  where: "channel" | "personal",
  boundTo?: string,
  options: { demo?: boolean } = {},
): Reply {
  const w = t.welcome;
  const demo: Block[] = options.demo ? [{ type: "note", text: t.demo.datesNote }] : [];
  if (where === "personal") {
    return reply("info", [
      { type: "heading", text: w.heading },
      { type: "text", text: w.personal },
      ...demo,
      { type: "note", text: w.personalHelp },
    ]);
  }
  return reply(
    "info",
    [
      { type: "heading", text: w.heading },
      { type: "text", text: boundTo ? w.boundChannel(boundTo) : w.unboundChannel },
      ...demo,
      { type: "note", text: w.channelHelp },
    ],
    { visibility: "channel" },
  );
}

/** Where the web page is served while the console runs, or the port that was taken. */
export type ConsoleWeb = { url: string } | { busyPort: number };

/**
 * The local console's first lines: where you are, who you type as, (in the demo) whose dates, and
 * where the web page is.
 */
export function consoleWelcomeReply(
  t: Messages,
  welcome: { groupName: string; actorName: string; role: string; demo: boolean; web?: ConsoleWeb },
): Reply {
  const web = welcome.web;
  return reply("info", [
    {
      type: "text",
      text: t.welcome.console(welcome.groupName, welcome.actorName, t.role[welcome.role] ?? welcome.role),
    },
    ...(welcome.demo ? [{ type: "note" as const, text: t.demo.datesNote }] : []),
    ...(web
      ? [
          {
            type: "note" as const,
            text: "url" in web ? t.welcome.consoleWeb(web.url) : t.welcome.consoleWebBusy(web.busyPort),
          },
        ]
      : []),
    { type: "note", text: t.welcome.consoleHelp },
  ]);
}

/** When the local console ends (avsluta, Ctrl-C, Ctrl-D): every reply was saved as it was given. */
export function consoleGoodbyeReply(t: Messages): Reply {
  return reply("info", [{ type: "text", text: t.welcome.goodbye }]);
}
