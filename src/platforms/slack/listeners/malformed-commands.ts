// Before any listener: a slash command whose fields are missing or repeated is answered politely in
// the ack (which Slack shows to the person who typed) and goes no further, so nothing is looked up,
// created or changed from it: no member "User undefined", no command run with half its text.
import type { AckFn, AnyMiddlewareArgs, App, RespondArguments } from "@slack/bolt";
import { unreadableRequestReply } from "../../../core/replies/delivery-replies.ts";
import { textsFor } from "../../../texts/index.ts";
import { responsePayload } from "../deliver.ts";
import type { SlackDeps } from "../slack-deps.ts";
import { isSlashCommandBody, slashCommandProblems } from "../slash-command-fields.ts";

export function registerMalformedCommandGuard(app: App, deps: SlackDeps): void {
  app.use(async (args) => {
    const { body, next } = args;
    if (!isSlashCommandBody(body)) return next();
    const problems = slashCommandProblems(body);
    if (problems.length === 0) return next();
    deps.logger.warn(
      { problems, ...(typeof body.team_id === "string" ? { team: body.team_id } : {}) },
      "slack command refused: fields missing or repeated",
    );
    const { ack } = args as AnyMiddlewareArgs & { ack?: AckFn<RespondArguments> };
    // Nothing is looked up from such a request, its group neither: the default language.
    await ack?.(responsePayload(unreadableRequestReply(textsFor())));
  });
}
