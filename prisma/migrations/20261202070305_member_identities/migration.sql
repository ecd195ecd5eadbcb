-- A member's chat identities move from one column per platform on "members" to rows of their own,
-- so that a new surface needs no schema change.

-- CreateTable
CREATE TABLE "member_identities" (
    "group_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "workspace_id" TEXT NOT NULL DEFAULT '',
    "external_id" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "member_identities_pkey" PRIMARY KEY ("group_id","platform","workspace_id","external_id")
);

-- CreateIndex
CREATE INDEX "member_identities_member_id_group_id_idx" ON "member_identities"("member_id", "group_id");

-- CreateIndex
CREATE UNIQUE INDEX "members_id_group_id_key" ON "members"("id", "group_id");

-- AddForeignKey
ALTER TABLE "member_identities" ADD CONSTRAINT "member_identities_member_id_group_id_fkey" FOREIGN KEY ("member_id", "group_id") REFERENCES "members"("id", "group_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- MoveData
-- The old columns did not say which Slack workspace or Teams tenant an id belongs to. It is taken from
-- the member's own Teams chat when there is one, else from the group's channels on that platform when
-- they are all in one workspace; otherwise it stays '' and is filled in when the person is next seen.
INSERT INTO "member_identities" ("group_id", "member_id", "platform", "workspace_id", "external_id", "created_at")
SELECT m."group_id", m."id", 'slack',
       COALESCE((SELECT CASE WHEN COUNT(DISTINCT b."workspace_id") = 1 THEN MIN(b."workspace_id") END
                 FROM "channel_bindings" b
                 WHERE b."group_id" = m."group_id" AND b."platform" = 'slack'), ''),
       m."slack_user_id", m."created_at"
FROM "members" m
WHERE m."slack_user_id" IS NOT NULL;

INSERT INTO "member_identities" ("group_id", "member_id", "platform", "workspace_id", "external_id", "created_at")
SELECT m."group_id", m."id", ids."platform",
       COALESCE((SELECT NULLIF(pc."reference"->>'tenantId', '')
                 FROM "personal_conversations" pc
                 WHERE pc."member_id" = m."id" AND pc."platform" = 'teams'),
                (SELECT CASE WHEN COUNT(DISTINCT b."workspace_id") = 1 THEN MIN(b."workspace_id") END
                 FROM "channel_bindings" b
                 WHERE b."group_id" = m."group_id" AND b."platform" = 'teams'),
                ''),
       ids."external_id", m."created_at"
FROM "members" m
CROSS JOIN LATERAL (VALUES ('teams', m."teams_user_id"), ('teams-aad', m."aad_object_id")) AS ids("platform", "external_id")
WHERE ids."external_id" IS NOT NULL;

-- DropIndex
DROP INDEX "members_group_id_aad_object_id_key";

-- DropIndex
DROP INDEX "members_group_id_slack_user_id_key";

-- DropIndex
DROP INDEX "members_group_id_teams_user_id_key";

-- AlterTable
ALTER TABLE "members" DROP COLUMN "aad_object_id",
DROP COLUMN "slack_user_id",
DROP COLUMN "teams_user_id";
