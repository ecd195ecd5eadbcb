// The local chat console: the bot without Slack or Teams. Interactive with a prompt when stdin is a
// terminal; with piped stdin it reads one command per line, prints each reply and returns at the end.

import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { consoleGoodbyeReply } from "../../core/replies/welcome-reply.ts";
import type { Reply } from "../../core/reply.ts";
import { inLocale } from "../../core/reply.ts";
import type { Actor, GroupRef } from "../../services/actor.ts";
import type { Door, Incoming } from "../../services/conversation.ts";
import { textsFor } from "../../texts/index.ts";
import { EXIT_WORDS } from "./exit-words.ts";
import { renderOutcome, renderText } from "./render-text.ts";
import { showControls } from "./visible-controls.ts";

export interface ConsoleOptions {
  door: Door;
  group: GroupRef;
  actor: Actor;
  input: Readable;
  output: Writable;
  interactive: boolean;
  /** Shown first when interactive (core/replies/welcome-reply.ts). */
  greeting: Reply;
  /** Ends the console (Ctrl-C, SIGTERM) as if the input had ended. */
  shutdown?: AbortSignal;
}

export async function runConsole(options: ConsoleOptions): Promise<void> {
  const { door, group, actor, input, output, interactive } = options;
  // Everything printed, the echoed line too, shows control characters instead of running them.
  const write = (text: string) => output.write(`${showControls(text)}\n`);
  const session = randomUUID();
  let lineNumber = 0;
  if (interactive) write(renderText(options.greeting));
  const rl = createInterface({
    input,
    ...(interactive ? { output, prompt: "lok> " } : {}),
    terminal: interactive,
  });
  options.shutdown?.addEventListener("abort", () => rl.close(), { once: true });
  // Ctrl-C at the prompt ends the console like `avsluta`, with a goodbye (not a silent exit).
  rl.on("SIGINT", () => rl.close());
  if (interactive) rl.prompt();
  for await (const raw of rl) {
    const line = raw.trim();
    lineNumber += 1;
    if (line === "" || line.startsWith("#")) {
      if (interactive) rl.prompt();
      continue;
    }
    if (interactive && EXIT_WORDS.has(line.toLowerCase())) break;
    const outcome = await door.handle(
      consoleIncoming(group, actor, line, `console:${session}:${lineNumber}`),
    );
    if (!interactive) write(`> ${line}`);
    write(renderOutcome(outcome));
    write("");
    if (interactive) rl.prompt();
  }
  rl.close();
  if (interactive)
    write(
      `\n${renderText(inLocale(consoleGoodbyeReply(textsFor(group.locale)), textsFor(group.locale).locale))}`,
    );
}

/** A line typed in the console: the group and the person are the ones the console was started as. */
export function consoleIncoming(
  group: GroupRef,
  actor: Actor,
  text: string,
  idempotencyKey: string,
): Incoming {
  return {
    platform: "console",
    workspaceId: "",
    channelId: "console",
    conversationType: "personal",
    identity: { platform: "console", userId: actor.name, name: actor.name, ids: [], byName: true },
    input: { type: "text", text },
    idempotencyKey,
    as: { group, actor },
  };
}
