-- AlterTable
ALTER TABLE "groups" ADD COLUMN     "web_contact" TEXT,
ADD COLUMN     "web_licence" TEXT NOT NULL DEFAULT 'CC0-1.0',
ADD COLUMN     "web_published" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "web_show_names" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "web_slug" TEXT;

-- AlterTable
ALTER TABLE "meetings" ADD COLUMN     "cancelled_at" TIMESTAMP(3),
ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "status_updates" ADD COLUMN     "hidden_at" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "groups_web_slug_key" ON "groups"("web_slug");
