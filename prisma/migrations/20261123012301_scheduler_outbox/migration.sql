-- AlterTable
ALTER TABLE "outbox" ADD COLUMN     "claimed_at" TIMESTAMP(3),
ADD COLUMN     "group_id" INTEGER;

-- CreateIndex
CREATE INDEX "outbox_group_id_kind_created_at_idx" ON "outbox"("group_id", "kind", "created_at");
