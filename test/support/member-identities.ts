// Finds a member by one of the ids a surface knows them by, with all their identities.
import type { PrismaClient } from "../../src/db/generated/client.ts";

export function memberWithId(prisma: PrismaClient, platform: string, externalId: string) {
  return prisma.member.findFirstOrThrow({
    where: { identities: { some: { platform, externalId } } },
    include: { identities: { orderBy: { createdAt: "asc" } } },
  });
}
