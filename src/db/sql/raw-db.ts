// What the statements in this folder need from a database handle: the Prisma client or an interactive
// transaction's client both fit, so a statement runs inside the caller's transaction when there is one.
import { Prisma, type PrismaClient } from "../generated/client.ts";

export type QueryDb = Pick<PrismaClient, "$queryRaw">;
export type ExecuteDb = Pick<PrismaClient, "$executeRaw">;
export type RawDb = QueryDb & ExecuteDb;

/** An instant as a `timestamp(3)` parameter: the columns hold UTC without a zone. */
export const timestampParam = (d: Date) => Prisma.sql`${d.toISOString()}::timestamp(3)`;
