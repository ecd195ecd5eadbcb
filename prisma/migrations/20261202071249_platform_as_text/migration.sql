-- The surface a row came from becomes plain text, so that a new surface needs no schema change.
-- The columns change type in place: every stored value is kept, and the unique indexes on
-- channel_bindings and personal_conversations are rebuilt by PostgreSQL with them.

-- AlterTable
ALTER TABLE "channel_bindings" ALTER COLUMN "platform" SET DATA TYPE TEXT USING "platform"::text;

-- AlterTable
ALTER TABLE "personal_conversations" ALTER COLUMN "platform" SET DATA TYPE TEXT USING "platform"::text;

-- AlterTable
ALTER TABLE "processed_deliveries" ALTER COLUMN "source" SET DATA TYPE TEXT USING "source"::text;

-- AlterTable
ALTER TABLE "status_updates" ALTER COLUMN "source" SET DATA TYPE TEXT USING "source"::text;

-- DropEnum
DROP TYPE "Platform";
