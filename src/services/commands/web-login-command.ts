// `webb logga in`: a sign-in link to the web pages, answered only to the person who asked. Where
// everyone sees the answer (a Teams channel) no link is made: the reply says to ask in a personal chat.
import { reply } from "../../core/reply.ts";
import { createLoginLink } from "../web-sign-in.ts";
import type { Handler } from "./handler.ts";

export const webLogin: Handler<"web_login"> = async (_cmd, env) => {
  const t = env.texts.webAdmin.login;
  if (env.ctx.repliesSeenByAll) return reply("info", [{ type: "text", text: t.notHere }]);
  const token = await createLoginLink(env.db, {
    groupId: env.ctx.group.id,
    memberId: env.ctx.actor.memberId,
    deliveryKey: env.ctx.idempotencyKey,
    now: env.now,
  });
  if (token === null) return reply("info", [{ type: "text", text: t.again }], { effect: "repeat" });
  return reply(
    "success",
    [
      { type: "text", text: t.link(`${env.publicUrl}/logga-in/${token}`) },
      { type: "note", text: t.note },
    ],
    { effect: "changed" },
  );
};
