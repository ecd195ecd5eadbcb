// What every service needs, passed in (no module-level singletons): the database, a clock, a logger.
import type { Logger } from "pino";
import type { Clock } from "../core/clock.ts";
import type { PrismaClient } from "../db/generated/client.ts";

export interface ServiceDeps {
  prisma: PrismaClient;
  clock: Clock;
  logger: Logger;
}

/** A Prisma client or an interactive transaction's client: services accept either. */
export type Db = Pick<
  PrismaClient,
  | "group"
  | "plan"
  | "principle"
  | "activity"
  | "member"
  | "memberIdentity"
  | "activityOwner"
  | "activityChange"
  | "statusUpdate"
  | "meeting"
  | "agendaItem"
  | "meetingAttendance"
  | "channelBinding"
  | "outboxMessage"
  | "personalConversation"
  | "meetingMinutes"
  | "meetingAttendee"
  | "minutesEntry"
  | "task"
  | "workingGroup"
  | "workingGroupMember"
  | "processedDelivery"
  | "webLoginLink"
  | "planUpload"
  | "goal"
  | "followUpRound"
  | "goalAssessment"
  | "roundActivityText"
  | "roundLesson"
  | "$queryRaw"
  // An import's bulk writes (src/db/sql/), run in the delivery's transaction by Importera.
  | "$executeRaw"
>;
