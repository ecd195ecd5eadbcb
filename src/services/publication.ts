// Whether and how a group's plan is published on the public web page: its address (a slug made from
// the group's name), whether persons' names are shown, who to contact, the open data's licence.
import { normalizeForMatch } from "../core/normalize-text.ts";
import type { Locale } from "../texts/locale.ts";
import type { Db } from "./deps.ts";

export const DEFAULT_LICENCE = "CC0-1.0";

export interface PublishedGroup {
  id: number;
  name: string;
  slug: string;
  locale: Locale;
  timeZone: string;
  /** `webb namn på`: responsible persons' names may be shown; otherwise organisations and parties only. */
  showNames: boolean;
  contact: string | null;
  /** An SPDX licence id, e.g. CC0-1.0 or CC-BY-4.0. */
  licence: string;
}

/** "Samverkansrådet Örebro" → "samverkansradet-orebro": lower case, no å/ä/ö, dashes between words. */
export function slugFor(name: string): string {
  const slug = normalizeForMatch(name)
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return slug || "grupp";
}

const SELECT = {
  id: true,
  name: true,
  locale: true,
  timeZone: true,
  webSlug: true,
  webShowNames: true,
  webContact: true,
  webLicence: true,
} as const;

type Row = {
  id: number;
  name: string;
  locale: Locale;
  timeZone: string;
  webSlug: string | null;
  webShowNames: boolean;
  webContact: string | null;
  webLicence: string;
};

function published(row: Row): PublishedGroup | undefined {
  if (!row.webSlug) return undefined;
  return {
    id: row.id,
    name: row.name,
    slug: row.webSlug,
    locale: row.locale,
    timeZone: row.timeZone,
    showNames: row.webShowNames,
    contact: row.webContact,
    licence: row.webLicence,
  };
}

/** The groups whose pages are on, by name. */
export async function publishedGroups(db: Db): Promise<PublishedGroup[]> {
  const rows = await db.group.findMany({
    where: { webPublished: true },
    orderBy: { name: "asc" },
    select: SELECT,
  });
  return rows.flatMap((r) => published(r) ?? []);
}

/** The published group at /g/<slug>; undefined for an unknown or unpublished one (a 404 either way). */
export async function publishedGroup(db: Db, slug: string): Promise<PublishedGroup | undefined> {
  const row = await db.group.findFirst({ where: { webSlug: slug, webPublished: true }, select: SELECT });
  return row ? published(row) : undefined;
}

/**
 * Turns a group's page on or off. The slug is made the first time and then kept, so that links to the
 * page go on working when it is turned off and on again; a slug another group has gets a number.
 */
export async function setPublished(
  db: Db,
  groupId: number,
  on: boolean,
): Promise<PublishedGroup | undefined> {
  const group = await db.group.findUniqueOrThrow({ where: { id: groupId }, select: { ...SELECT } });
  let slug = group.webSlug;
  if (on && !slug) {
    const base = slugFor(group.name);
    const taken = new Set(
      (await db.group.findMany({ where: { webSlug: { startsWith: base } }, select: { webSlug: true } })).map(
        (g) => g.webSlug,
      ),
    );
    slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
  }
  const row = await db.group.update({
    where: { id: groupId },
    data: { webPublished: on, ...(slug ? { webSlug: slug } : {}) },
    select: SELECT,
  });
  return on ? published(row) : undefined;
}

/** The licences the open data may carry (`webb licens`), as SPDX writes them. */
export const LICENCES = ["CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0"] as const;

/** The accepted SPDX id a typed one means ("cc-by-4.0" → "CC-BY-4.0"), or undefined. */
export function licenceId(typed: string): string | undefined {
  const wanted = typed.trim().toUpperCase();
  return LICENCES.find((id) => id.toUpperCase() === wanted);
}

/** What `webb` shows: the settings whether or not the page is on; no slug before it was first published. */
export interface PublicationSettings {
  published: boolean;
  slug: string | null;
  showNames: boolean;
  contact: string | null;
  licence: string;
}

const SETTINGS = {
  webPublished: true,
  webSlug: true,
  webShowNames: true,
  webContact: true,
  webLicence: true,
} as const;

function settingsOf(row: {
  webPublished: boolean;
  webSlug: string | null;
  webShowNames: boolean;
  webContact: string | null;
  webLicence: string;
}): PublicationSettings {
  return {
    published: row.webPublished,
    slug: row.webSlug,
    showNames: row.webShowNames,
    contact: row.webContact,
    licence: row.webLicence,
  };
}

export async function publicationSettings(db: Db, groupId: number): Promise<PublicationSettings> {
  return settingsOf(await db.group.findUniqueOrThrow({ where: { id: groupId }, select: SETTINGS }));
}

export type PublicationChange =
  | { type: "names"; showNames: boolean }
  | { type: "contact"; contact: string | null }
  | { type: "licence"; licence: string };

/** Changes one setting; `changed` is false when it already was so (and nothing is written). */
export async function changePublication(
  db: Db,
  groupId: number,
  change: PublicationChange,
): Promise<{ settings: PublicationSettings; changed: boolean }> {
  const before = await publicationSettings(db, groupId);
  const data =
    change.type === "names"
      ? before.showNames === change.showNames
        ? undefined
        : { webShowNames: change.showNames }
      : change.type === "contact"
        ? before.contact === change.contact
          ? undefined
          : { webContact: change.contact }
        : before.licence === change.licence
          ? undefined
          : { webLicence: change.licence };
  if (!data) return { settings: before, changed: false };
  const row = await db.group.update({ where: { id: groupId }, data, select: SETTINGS });
  return { settings: settingsOf(row), changed: true };
}

/**
 * `dölj <nr> <datum>`: the comments written on the activity that day (in the group's time zone) are
 * left out of the public page from now on. `found` counts that day's comments, `hidden` those hidden now.
 */
export async function hideComments(
  db: Db,
  activityId: number,
  day: { from: Date; to: Date },
  now: Date,
): Promise<{ found: number; hidden: number }> {
  const where = {
    activityId,
    comment: { not: null },
    createdAt: { gte: day.from, lt: day.to },
  };
  const [found, hidden] = await Promise.all([
    db.statusUpdate.count({ where }),
    db.statusUpdate.updateMany({ where: { ...where, hiddenAt: null }, data: { hiddenAt: now } }),
  ]);
  return { found, hidden: hidden.count };
}
