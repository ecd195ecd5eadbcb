-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "meeting_id" INTEGER;

-- Rows queued before the column existed name their meeting only in their key: "agenda:<meeting>|…",
-- "meeting-day:<meeting>|…", "followup:<meeting>:<activity>|…". Compared as text, so a key of another
-- shape matches nothing instead of failing a cast; a meeting deleted since is left out.
UPDATE "outbox" o
   SET "meeting_id" = m."id"
  FROM "meetings" m
 WHERE o."kind" IN ('agenda', 'meeting-day', 'followup')
   AND m."id"::text = split_part(split_part(o."dedupe_key", '|', 1), ':', 2);

-- CreateIndex
CREATE INDEX "outbox_meeting_id_idx" ON "outbox"("meeting_id");

-- AddForeignKey
ALTER TABLE "outbox" ADD CONSTRAINT "outbox_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
