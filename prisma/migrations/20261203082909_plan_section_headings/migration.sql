-- AlterTable
ALTER TABLE "plans" ADD COLUMN     "section_headings" JSONB;
