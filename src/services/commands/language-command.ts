// `språk en|sv` (or `language …`): the language the bot answers the group in, stored in Group.locale.
// Samordnare and admin only (checked before). The answer is in the new language.
import { inLocale, textReply } from "../../core/reply.ts";
import { lockGroup } from "../../db/sql/groups.ts";
import { textsFor } from "../../texts/index.ts";
import type { Handler } from "./handler.ts";

export const setLanguage: Handler<"language"> = async (cmd, env) => {
  const { db } = env;
  await lockGroup(db, env.ctx.group.id);
  const stored = await db.group.findUnique({ where: { id: env.ctx.group.id }, select: { locale: true } });
  const texts = textsFor(cmd.locale);
  if (stored?.locale === cmd.locale)
    return inLocale({ ...textReply(texts.language.unchanged, "info"), effect: "unchanged" }, cmd.locale);
  await db.group.update({ where: { id: env.ctx.group.id }, data: { locale: cmd.locale } });
  env.deps.logger.info({ group: env.ctx.group.id, locale: cmd.locale }, "group language changed");
  return inLocale({ ...textReply(texts.language.changed, "success"), effect: "changed" }, cmd.locale);
};
