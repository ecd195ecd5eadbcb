// `webb`, `webb på|av`, `webb namn på|av`, `webb kontakt …`, `webb licens …` and `dölj <nr> <datum>`.
import { addDays } from "../../core/calendar.ts";
import {
  hideReply,
  unknownLicenceReply,
  webContactReply,
  webLicenceReply,
  webNamesReply,
  webSettingsReply,
  webToggleReply,
} from "../../core/replies/publishing-replies.ts";
import { instantAt } from "../../core/zoned-time.ts";
import { requireActivity } from "../activities.ts";
import {
  changePublication,
  hideComments,
  LICENCES,
  licenceId,
  type PublicationChange,
  publicationSettings,
  setPublished,
} from "../publication.ts";
import type { Handler, HandlerEnv } from "./handler.ts";

/** The page's address: PUBLIC_URL (or the local default) and /g/<slug>. */
export function pageUrl(publicUrl: string, slug: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/g/${slug}`;
}

function logChange(env: HandlerEnv, change: Record<string, unknown>): void {
  env.deps.logger.info(
    { group: env.ctx.group.id, member: env.ctx.actor.memberId, change },
    "public page settings changed",
  );
}

export const showWeb: Handler<"web_show"> = async (_cmd, env) => {
  const s = await publicationSettings(env.db, env.ctx.group.id);
  return webSettingsReply(env.texts, {
    published: s.published,
    ...(s.slug ? { url: pageUrl(env.publicUrl, s.slug) } : {}),
    showNames: s.showNames,
    contact: s.contact,
    licence: s.licence,
  });
};

export const toggleWeb: Handler<"web_toggle"> = async (cmd, env) => {
  const before = await publicationSettings(env.db, env.ctx.group.id);
  if (before.published === cmd.enabled)
    return webToggleReply(
      env.texts,
      cmd.enabled,
      before.published,
      before.slug ? pageUrl(env.publicUrl, before.slug) : undefined,
    );
  await setPublished(env.db, env.ctx.group.id, cmd.enabled);
  const after = await publicationSettings(env.db, env.ctx.group.id);
  logChange(env, { type: "published", published: cmd.enabled });
  return webToggleReply(
    env.texts,
    cmd.enabled,
    before.published,
    after.slug ? pageUrl(env.publicUrl, after.slug) : undefined,
  );
};

async function change(env: HandlerEnv, wanted: PublicationChange) {
  const result = await changePublication(env.db, env.ctx.group.id, wanted);
  if (result.changed) logChange(env, wanted);
  return result;
}

export const webNames: Handler<"web_names"> = async (cmd, env) => {
  const { settings, changed } = await change(env, { type: "names", showNames: cmd.enabled });
  return webNamesReply(env.texts, settings.showNames, changed);
};

export const webContact: Handler<"web_contact"> = async (cmd, env) => {
  const { settings, changed } = await change(env, { type: "contact", contact: cmd.contact });
  return webContactReply(env.texts, settings.contact, changed);
};

export const webLicence: Handler<"web_licence"> = async (cmd, env) => {
  const licence = licenceId(cmd.licence);
  if (!licence) return unknownLicenceReply(env.texts, cmd.licence, LICENCES);
  const { settings, changed } = await change(env, { type: "licence", licence });
  return webLicenceReply(env.texts, settings.licence, changed);
};

export const hide: Handler<"hide"> = async (cmd, env) => {
  const activity = await requireActivity(env.db, await env.plan(), cmd.number);
  const tz = env.ctx.group.timeZone;
  const day = { from: instantAt(cmd.date, "00:00", tz), to: instantAt(addDays(cmd.date, 1), "00:00", tz) };
  const result = await hideComments(env.db, activity.id, day, env.now);
  if (result.hidden > 0) logChange(env, { type: "hide", number: cmd.number, date: cmd.date, ...result });
  return hideReply(env.texts, cmd.number, cmd.date, result);
};
