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

export const DEMO_USAGE = `Användning: lok demo [--ja]

Läser in demon (Örebros Samverkansråd och Handlingsplan 2017–2018, med datum utlagda kring i dag),
eller läser in den igen. Har demogruppen använts frågar jag först; utan terminal behövs --ja.
  --ja, --yes, -y  läs om demogruppen även om det som har gjorts i den försvinner`;

const YES = new Set(["ja", "j", "yes", "y"]);

export function createDemoCommand(deps: { clock: Clock } = { clock: systemClock }): CliCommand {
  return async (args, ctx) => {
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
      ctx.stderr.write(`lok demo tar bara --ja (fick: ${args.join(" ")}).\n\n${DEMO_USAGE}\n`);
      return 2;
    }
    if (values.help) {
      ctx.stdout.write(`${DEMO_USAGE}\n`);
      return 0;
    }
    const data = await readDemo();
    const db = await ctx.openDatabase();
    try {
      const history = await demoHistory(db.prisma, data.group.name);
      if (history && !isDemoUntouched(history) && !values.ja && !values.yes) {
        const stdin = ctx.stdin;
        if (!stdin?.isTTY) {
          ctx.stderr.write(
            `${replyAsLine(demoReloadWarning(envTexts(), data.group.name, history, false))}\n`,
          );
          return 1;
        }
        const [question = "", prompt = ""] = demoReloadWarning(
          envTexts(),
          data.group.name,
          history,
          true,
        ).blocks.map((b) => ("text" in b ? b.text : ""));
        ctx.stdout.write(`${question}\n`);
        const rl = createInterface({ input: stdin, output: ctx.stdout });
        const answer = await rl.question(`${prompt} `).finally(() => rl.close());
        if (!YES.has(answer.trim().toLowerCase())) {
          ctx.stdout.write(`${replyAsLine(demoNotReloadedReply(envTexts()))}\n`);
          return 1;
        }
      }
      await loadDemo(db.prisma, data, deps.clock.now());
      ctx.stdout.write(
        `${replyAsLine(demoLoadedReply(envTexts(), data.group.name, data.plan.name, data.activities.length))}\n`,
      );
      return 0;
    } finally {
      await db.close();
    }
  };
}

export const runDemo: CliCommand = createDemoCommand();
