-- CreateTable
CREATE TABLE "activity_changes" (
    "id" SERIAL NOT NULL,
    "activity_id" INTEGER NOT NULL,
    "field" TEXT NOT NULL,
    "old_value" TEXT,
    "new_value" TEXT,
    "member_id" INTEGER,
    "source" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activity_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "activity_changes_activity_id_created_at_id_idx" ON "activity_changes"("activity_id", "created_at", "id");

-- CreateIndex
CREATE UNIQUE INDEX "activity_changes_idempotency_key_activity_id_field_key" ON "activity_changes"("idempotency_key", "activity_id", "field");

-- AddForeignKey
ALTER TABLE "activity_changes" ADD CONSTRAINT "activity_changes_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_changes" ADD CONSTRAINT "activity_changes_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;
