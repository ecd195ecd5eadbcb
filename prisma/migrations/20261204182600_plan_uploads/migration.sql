-- CreateEnum
CREATE TYPE "PlanUploadState" AS ENUM ('pending', 'imported', 'cancelled');

-- CreateTable
CREATE TABLE "plan_uploads" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "plan_name" TEXT,
    "summary" JSONB NOT NULL,
    "state" "PlanUploadState" NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMP(3) NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "decided_at" TIMESTAMP(3),
    "decided_by" INTEGER,

    CONSTRAINT "plan_uploads_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "plan_uploads_group_id_created_at_idx" ON "plan_uploads"("group_id", "created_at");

-- AddForeignKey
ALTER TABLE "plan_uploads" ADD CONSTRAINT "plan_uploads_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_uploads" ADD CONSTRAINT "plan_uploads_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "plan_uploads" ADD CONSTRAINT "plan_uploads_decided_by_fkey" FOREIGN KEY ("decided_by") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;
