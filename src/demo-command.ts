// `lok demo [--ja]`: loads the demo group, or loads it again. A demo group that people have used
// (status updates, meetings, a channel binding …) is not thrown away without a yes: on a terminal the
// command asks, and without one it needs --ja (or --yes) and says what would be lost.

import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import type { CliCommand } from "./cli-context.ts";
import { type Clock, systemClock } from "./core/clock.ts";
import { demoLoadedReply, demoNotReloadedReply, demoReloadWarning } from "./core/replies/demo-replies.ts";
import { replyAsLine } from "./core/reply.ts";
import { demoHistory, isDemoUntouched, loadDemo, readDemo } from "./services/demo.ts";
import { envTexts } from "./texts/index.ts";

const YES = new Set(["ja", "j", "yes", "y"]);

/** `env`: where LOK_LOCALE, the language of what the command says, is read (process.env by default). */
export function createDemoCommand(
  deps: { clock: Clock; env?: NodeJS.ProcessEnv } = { clock: systemClock },
): CliCommand {
  return async (args, ctx) => {
    const t = envTexts(deps.env);
    const usage = t.cli.demo.usage;
    let values: { ja?: boolean; yes?: boolean; help?: boolean };
    try {
      ({ values } = parseArgs({
        args,
        strict: true,
        options: {
          ja: { type: "boolean", short: "y" },
          yes: { type: "boolean" },
          help: { type: "boolean", short: "h" },
        },
      }));
    } catch {
      ctx.stderr.write(`${t.cli.demo.onlyYes(args.join(" "))}\n\n${usage}\n`);
      return 2;
    }
    if (values.help) {
      ctx.stdout.write(`${usage}\n`);
      return 0;
    }
    const data = await readDemo();
    const db = await ctx.openDatabase();
    try {
      const history = await demoHistory(db.prisma, data.group.name);
      if (history && !isDemoUntouched(history) && !values.ja && !values.yes) {
        const stdin = ctx.stdin;
        if (!stdin?.isTTY) {
          ctx.stderr.write(`${replyAsLine(demoReloadWarning(t, data.group.name, history, false))}\n`);
          return 1;
        }
        const [question = "", prompt = ""] = demoReloadWarning(t, data.group.name, history, true).blocks.map(
          (b) => ("text" in b ? b.text : ""),
        );
        ctx.stdout.write(`${question}\n`);
        const rl = createInterface({ input: stdin, output: ctx.stdout });
        const answer = await rl.question(`${prompt} `).finally(() => rl.close());
        if (!YES.has(answer.trim().toLowerCase())) {
          ctx.stdout.write(`${replyAsLine(demoNotReloadedReply(t))}\n`);
          return 1;
        }
      }
      await loadDemo(db.prisma, data, deps.clock.now());
      ctx.stdout.write(
        `${replyAsLine(demoLoadedReply(t, data.group.name, data.plan.name, data.activities.length))}\n`,
      );
      return 0;
    } finally {
      await db.close();
    }
  };
}

export const runDemo: CliCommand = createDemoCommand();
