-- AlterTable
ALTER TABLE "members" ADD COLUMN     "left_at" TIMESTAMP(3);
