// `påminnelser`, `påminnelser av|på`, `påminnelser dagar …`, `agenda dagar …`, `digest av|på`, `tyst …`.

import { isQuiet } from "../../core/reminders/schedule.ts";
import type { SettingsChange } from "../../core/reminders/settings.ts";
import {
  QUIET_FOREVER,
  quietInPastReply,
  quietOffReply,
  quietReply,
  quietUnchangedReply,
  settingsChangedReply,
  settingsReply,
  settingsUnchangedReply,
} from "../../core/replies/settings-replies.ts";
import type { Reply } from "../../core/reply.ts";
import { changeGroupSettings, groupSettings, quietUntil, setQuietUntil } from "../group-settings.ts";
import type { Handler, HandlerEnv } from "./handler.ts";

async function change(env: HandlerEnv, settingsChange: SettingsChange): Promise<Reply> {
  const { settings, changed } = await changeGroupSettings(env.db, env.ctx.group, settingsChange);
  if (!changed) return settingsUnchangedReply(env.texts, settingsChange, settings);
  env.deps.logger.info(
    { group: env.ctx.group.id, member: env.ctx.actor.memberId, change: settingsChange },
    "group settings changed",
  );
  return settingsChangedReply(env.texts, settingsChange, settings);
}

export const showSettings: Handler<"settings_show"> = async (_cmd, env) => {
  const [settings, quiet] = await Promise.all([
    groupSettings(env.db, env.ctx.group),
    quietUntil(env.db, env.ctx.actor.memberId),
  ]);
  return settingsReply(env.texts, settings, isQuiet(quiet, env.today) ? quiet : undefined);
};

export const toggleReminders: Handler<"reminders_toggle"> = (cmd, env) =>
  change(env, { type: "reminders_enabled", enabled: cmd.enabled });

export const setReminderDays: Handler<"reminder_days"> = (cmd, env) =>
  change(env, { type: "reminder_days", days: cmd.days });

export const setAgendaDays: Handler<"agenda_days"> = (cmd, env) =>
  change(env, { type: "agenda_days", days: cmd.days });

export const toggleDigest: Handler<"digest_toggle"> = (cmd, env) =>
  change(env, { type: "digest_enabled", enabled: cmd.enabled });

export const quiet: Handler<"quiet"> = async (cmd, env) => {
  const until = cmd.until ?? QUIET_FOREVER;
  if (until < env.today) return quietInPastReply(env.texts, until);
  if ((await quietUntil(env.db, env.ctx.actor.memberId)) === until)
    return quietUnchangedReply(env.texts, until);
  await setQuietUntil(env.db, env.ctx.actor.memberId, until);
  return quietReply(env.texts, until, cmd.droppedTime);
};

export const quietOff: Handler<"quiet_off"> = async (_cmd, env) => {
  const was = await quietUntil(env.db, env.ctx.actor.memberId);
  // A pause that has ended is left as it is: it silences nothing.
  if (!isQuiet(was, env.today)) return quietOffReply(env.texts, false);
  await setQuietUntil(env.db, env.ctx.actor.memberId, null);
  return quietOffReply(env.texts, true);
};
