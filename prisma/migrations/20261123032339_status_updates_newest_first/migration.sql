-- DropIndex
DROP INDEX "status_updates_activity_id_created_at_idx";

-- CreateIndex
CREATE INDEX "status_updates_activity_id_created_at_id_idx" ON "status_updates"("activity_id", "created_at", "id");
