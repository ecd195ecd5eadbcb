// The local chat console: the bot without Slack or Teams. Interactive with a prompt when stdin is a
// terminal; with piped stdin it reads one command per line, prints each reply and returns at the end.

import { randomUUID } from "node:crypto";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { cleanIncomingText } from "../../core/incoming-text.ts";
import { planFilePath } from "../../core/parse-command.ts";
import { consoleGoodbyeReply } from "../../core/replies/welcome-reply.ts";
import type { Reply } from "../../core/reply.ts";
import { inLocale } from "../../core/reply.ts";
import { PlanFileError, readPlanFileBytes } from "../../plans/read-sheet.ts";
import type { Actor, GroupRef } from "../../services/actor.ts";
import type { Door, Incoming, IncomingInput } from "../../services/conversation.ts";
import { CHAT_PLAN_FILE_BYTES } from "../../services/plan-upload.ts";
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
    const incoming = consoleIncoming(group, actor, line, `console:${session}:${lineNumber}`);
    const path = planFilePath(cleanIncomingText(line));
    const outcome = await door.handle(path ? { ...incoming, input: await fileInput(path) } : incoming);
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

/**
 * `importera <sökväg>`: the console is the person's own terminal, so it reads the file they name (as
 * `lok import` does) and hands the door its bytes; a file it cannot or will not read is said why.
 */
export async function fileInput(path: string): Promise<IncomingInput> {
  const name = basename(path);
  try {
    return { type: "file", name, bytes: await readPlanFileBytes(path, CHAT_PLAN_FILE_BYTES) };
  } catch (error) {
    if (!(error instanceof PlanFileError)) throw error;
    const { refusal } = error;
    if (refusal.code === "file_too_large")
      return { type: "file_unavailable", name, reason: "too_large", size: refusal.bytes };
    return { type: "file_unavailable", name, reason: "unreadable", refusal };
  }
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
