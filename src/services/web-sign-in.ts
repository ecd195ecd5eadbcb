// Signing in on the web: a one-time link asked for in chat (`webb logga in`) opens a server-side
// session. Tokens and session ids are 32 random bytes; only their SHA-256 is stored, so a copy of the
// database signs nobody in. A link is consumed by one conditional update, so two clicks (or two
// replicas) get one session; every time comes from the clock the caller is given.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { Prisma, type PrismaClient } from "../db/generated/client.ts";
import type { Locale } from "../texts/locale.ts";
import type { Actor, GroupRef } from "./actor.ts";
import type { Db } from "./deps.ts";

export const LOGIN_LINK_TTL_MS = 10 * 60 * 1000;
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/** 32 random bytes as base64url: what the link and the cookie carry. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

export function secretHash(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** A secret as the link or cookie must carry it; anything else is never looked up. */
export function isWellFormedSecret(value: string | undefined): value is string {
  return value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value);
}

/** Compares two secrets in time that does not depend on where they differ. */
export function sameSecret(a: string | undefined, b: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * A new sign-in link's token for the member, or null when this delivery made one already (a
 * redelivered message): the token cannot be shown again, since only its hash is kept.
 */
export async function createLoginLink(
  db: Db,
  who: { groupId: number; memberId: number; deliveryKey: string; now: Date },
): Promise<string | null> {
  const token = newSecret();
  const made = await db.webLoginLink.createMany({
    data: [
      {
        tokenHash: secretHash(token),
        groupId: who.groupId,
        memberId: who.memberId,
        deliveryKey: who.deliveryKey,
        createdAt: who.now,
        expiresAt: new Date(who.now.getTime() + LOGIN_LINK_TTL_MS),
      },
    ],
    skipDuplicates: true,
  });
  return made.count === 1 ? token : null;
}

export type LinkRefusal = "unknown" | "used" | "expired";

export interface SignedInPerson {
  group: GroupRef;
  actor: Actor;
}

const memberAndGroup = {
  member: {
    select: {
      id: true,
      name: true,
      role: true,
      leftAt: true,
      group: { select: { id: true, name: true, timeZone: true, locale: true } },
    },
  },
} as const;

type MemberRow = {
  id: number;
  name: string;
  role: Actor["role"];
  leftAt: Date | null;
  group: { id: number; name: string; timeZone: string; locale: Locale };
};

function personOf(member: MemberRow): SignedInPerson {
  return {
    group: member.group,
    actor: {
      memberId: member.id,
      name: member.name,
      role: member.role,
      ...(member.leftAt ? { former: true as const } : {}),
    },
  };
}

/** Whose link it is, without using it (chat apps open links to preview them). */
export async function peekLoginLink(
  prisma: PrismaClient,
  token: string,
  now: Date,
): Promise<{ ok: true; person: SignedInPerson } | { ok: false; reason: LinkRefusal; locale?: Locale }> {
  if (!isWellFormedSecret(token)) return { ok: false, reason: "unknown" };
  const link = await prisma.webLoginLink.findUnique({
    where: { tokenHash: secretHash(token) },
    select: { usedAt: true, expiresAt: true, ...memberAndGroup },
  });
  if (!link) return { ok: false, reason: "unknown" };
  const locale = link.member.group.locale;
  if (link.usedAt) return { ok: false, reason: "used", locale };
  if (link.expiresAt <= now) return { ok: false, reason: "expired", locale };
  return { ok: true, person: personOf(link.member) };
}

export interface NewSession {
  /** The cookie's value; only its hash is stored. */
  cookie: string;
  person: SignedInPerson;
}

/** Uses the link, once: of two attempts at the same time exactly one gets a session. */
export async function consumeLoginLink(
  prisma: PrismaClient,
  token: string,
  now: Date,
): Promise<{ ok: true; session: NewSession } | { ok: false; reason: LinkRefusal; locale?: Locale }> {
  if (!isWellFormedSecret(token)) return { ok: false, reason: "unknown" };
  const tokenHash = secretHash(token);
  const cookie = newSecret();
  const made = await prisma.$transaction(async (tx) => {
    const used = await tx.webLoginLink.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) return null;
    const link = await tx.webLoginLink.findUniqueOrThrow({
      where: { tokenHash },
      select: { groupId: true, memberId: true, ...memberAndGroup },
    });
    await tx.webSession.create({
      data: {
        idHash: secretHash(cookie),
        groupId: link.groupId,
        memberId: link.memberId,
        csrfToken: newSecret(),
        createdAt: now,
        expiresAt: new Date(now.getTime() + SESSION_TTL_MS),
      },
    });
    return personOf(link.member);
  });
  if (made) return { ok: true, session: { cookie, person: made } };
  const refused = await peekLoginLink(prisma, token, now);
  // Used between the update and this look: a used link all the same.
  return refused.ok ? { ok: false, reason: "used" } : refused;
}

export interface Notice {
  tone: "success" | "error" | "info";
  text: string;
}

export interface WebSessionView extends SignedInPerson {
  id: number;
  /** Hex SHA-256 of the cookie: part of each form's delivery key, never the cookie itself. */
  idHash: string;
  csrfToken: string;
  notice?: Notice;
}

/** The session a cookie opens now, with the member as they are now (a new role applies at once). */
export async function sessionFor(
  prisma: PrismaClient,
  cookie: string | undefined,
  now: Date,
): Promise<WebSessionView | null> {
  if (!isWellFormedSecret(cookie)) return null;
  const row = await prisma.webSession.findUnique({
    where: { idHash: secretHash(cookie) },
    select: {
      id: true,
      idHash: true,
      csrfToken: true,
      notice: true,
      expiresAt: true,
      endedAt: true,
      ...memberAndGroup,
    },
  });
  if (!row || row.endedAt || row.expiresAt <= now || row.member.leftAt) return null;
  return {
    id: row.id,
    idHash: row.idHash,
    csrfToken: row.csrfToken,
    ...personOf(row.member),
    ...(row.notice ? { notice: row.notice as unknown as Notice } : {}),
  };
}

export async function endSession(prisma: PrismaClient, id: number, now: Date): Promise<void> {
  await prisma.webSession.updateMany({ where: { id, endedAt: null }, data: { endedAt: now } });
}

/** What the last form did, to be shown once on the page the browser is sent back to. */
export async function setNotice(prisma: PrismaClient, id: number, notice: Notice | null): Promise<void> {
  await prisma.webSession.update({
    where: { id },
    data: { notice: notice === null ? Prisma.DbNull : { ...notice } },
  });
}
