// The arguments `lok import` and `lok export` share: one file, --group, --plan and --help, plus the
// command's own flags. Usage mistakes are answered on stderr with the command's usage and exit code 2.
import { type ParseArgsConfig, parseArgs } from "node:util";
import type { CliContext } from "../cli-context.ts";
import { envTexts, type Messages } from "../texts/index.ts";

export interface FileCommandArgs {
  file: string;
  group?: string;
  plan?: string;
  flags: Record<string, boolean>;
  /** Options that may be given several times, in the order given. */
  lists: Record<string, string[]>;
}

export function usageError(ctx: CliContext, usage: string, message: string): number {
  ctx.stderr.write(`${message}\n\n${usage}\n`);
  return 2;
}

/** The parsed arguments, or the exit code when there is nothing to do (help shown, or a usage error). */
export function parseFileCommandArgs(
  args: string[],
  ctx: CliContext,
  spec: {
    usage: string;
    missingFile: string;
    flags?: Record<string, { short: string }>;
    lists?: readonly string[];
    /** The operator's language; LOK_LOCALE when not given. */
    texts?: Messages;
  },
): FileCommandArgs | number {
  const flags = Object.fromEntries(
    Object.entries(spec.flags ?? {}).map(([name, { short }]) => [name, { type: "boolean" as const, short }]),
  );
  const lists = Object.fromEntries(
    (spec.lists ?? []).map((name) => [name, { type: "string" as const, multiple: true as const }]),
  );
  const options: ParseArgsConfig["options"] = {
    group: { type: "string", short: "g" },
    plan: { type: "string", short: "p" },
    help: { type: "boolean", short: "h" },
    ...flags,
    ...lists,
  };
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (error) {
    return usageError(ctx, spec.usage, (error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    ctx.stdout.write(`${spec.usage}\n`);
    return 0;
  }
  const [file, ...extra] = positionals;
  if (!file) return usageError(ctx, spec.usage, spec.missingFile);
  if (extra.length)
    return usageError(ctx, spec.usage, (spec.texts ?? envTexts()).imports.command.oneFile(extra));
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : undefined);
  return {
    file,
    ...(text("group") !== undefined ? { group: text("group") } : {}),
    ...(text("plan") !== undefined ? { plan: text("plan") } : {}),
    flags: Object.fromEntries(Object.keys(flags).map((name) => [name, values[name] === true])),
    lists: Object.fromEntries(
      Object.keys(lists).map((name) => {
        const given = values[name];
        return [name, Array.isArray(given) ? given.filter((v): v is string => typeof v === "string") : []];
      }),
    ),
  };
}
