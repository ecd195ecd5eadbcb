-- AlterTable
ALTER TABLE "agenda_items" ADD COLUMN     "deferred_past" TIMESTAMP(3),
ADD COLUMN     "position" INTEGER;
