-- AlterTable
ALTER TABLE "activities" ADD COLUMN     "continues_from_id" INTEGER;

-- CreateIndex
CREATE INDEX "activities_continues_from_id_idx" ON "activities"("continues_from_id");

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_continues_from_id_fkey" FOREIGN KEY ("continues_from_id") REFERENCES "activities"("id") ON DELETE SET NULL ON UPDATE CASCADE;
