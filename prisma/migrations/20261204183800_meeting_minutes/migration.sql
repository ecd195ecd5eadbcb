-- CreateEnum
CREATE TYPE "MinutesState" AS ENUM ('draft', 'final');

-- CreateEnum
CREATE TYPE "AttendeeKind" AS ENUM ('present', 'invited');

-- CreateEnum
CREATE TYPE "MinutesEntryKind" AS ENUM ('note', 'decision');

-- AlterTable
ALTER TABLE "meetings" ADD COLUMN     "working_group_id" INTEGER;

-- CreateTable
CREATE TABLE "meeting_minutes" (
    "id" SERIAL NOT NULL,
    "meeting_id" INTEGER NOT NULL,
    "note_taker_id" INTEGER,
    "state" "MinutesState" NOT NULL DEFAULT 'draft',
    "finalised_at" TIMESTAMP(3),
    "finalised_by" INTEGER,
    "previous_approved" BOOLEAN,
    "previous_objections" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_minutes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meeting_attendees" (
    "id" SERIAL NOT NULL,
    "meeting_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT,
    "member_id" INTEGER,
    "kind" "AttendeeKind" NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meeting_attendees_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "minutes_entries" (
    "id" SERIAL NOT NULL,
    "meeting_id" INTEGER NOT NULL,
    "agenda_item_id" INTEGER,
    "point_title" TEXT NOT NULL,
    "kind" "MinutesEntryKind" NOT NULL,
    "text" TEXT NOT NULL,
    "member_id" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "minutes_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "tasks" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "meeting_id" INTEGER,
    "person_name" TEXT NOT NULL,
    "member_id" INTEGER,
    "text" TEXT NOT NULL,
    "due_date" DATE,
    "closed_at" TIMESTAMP(3),
    "closed_by" INTEGER,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "working_groups" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "working_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "working_group_members" (
    "id" SERIAL NOT NULL,
    "working_group_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "member_id" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "working_group_members_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "meeting_minutes_meeting_id_key" ON "meeting_minutes"("meeting_id");

-- CreateIndex
CREATE INDEX "meeting_minutes_note_taker_id_idx" ON "meeting_minutes"("note_taker_id");

-- CreateIndex
CREATE INDEX "meeting_attendees_member_id_idx" ON "meeting_attendees"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "meeting_attendees_meeting_id_kind_name_key" ON "meeting_attendees"("meeting_id", "kind", "name");

-- CreateIndex
CREATE INDEX "minutes_entries_meeting_id_created_at_id_idx" ON "minutes_entries"("meeting_id", "created_at", "id");

-- CreateIndex
CREATE INDEX "minutes_entries_agenda_item_id_idx" ON "minutes_entries"("agenda_item_id");

-- CreateIndex
CREATE INDEX "minutes_entries_member_id_idx" ON "minutes_entries"("member_id");

-- CreateIndex
CREATE INDEX "tasks_meeting_id_idx" ON "tasks"("meeting_id");

-- CreateIndex
CREATE INDEX "tasks_member_id_idx" ON "tasks"("member_id");

-- CreateIndex
CREATE INDEX "tasks_closed_by_idx" ON "tasks"("closed_by");

-- CreateIndex
CREATE UNIQUE INDEX "tasks_group_id_number_key" ON "tasks"("group_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "working_groups_group_id_name_key" ON "working_groups"("group_id", "name");

-- CreateIndex
CREATE INDEX "working_group_members_member_id_idx" ON "working_group_members"("member_id");

-- CreateIndex
CREATE UNIQUE INDEX "working_group_members_working_group_id_name_key" ON "working_group_members"("working_group_id", "name");

-- CreateIndex
CREATE INDEX "meetings_working_group_id_idx" ON "meetings"("working_group_id");

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_working_group_id_fkey" FOREIGN KEY ("working_group_id") REFERENCES "working_groups"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_note_taker_id_fkey" FOREIGN KEY ("note_taker_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_minutes" ADD CONSTRAINT "meeting_minutes_finalised_by_fkey" FOREIGN KEY ("finalised_by") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_entries" ADD CONSTRAINT "minutes_entries_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_entries" ADD CONSTRAINT "minutes_entries_agenda_item_id_fkey" FOREIGN KEY ("agenda_item_id") REFERENCES "agenda_items"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "minutes_entries" ADD CONSTRAINT "minutes_entries_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "tasks" ADD CONSTRAINT "tasks_closed_by_fkey" FOREIGN KEY ("closed_by") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "working_groups" ADD CONSTRAINT "working_groups_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "working_group_members" ADD CONSTRAINT "working_group_members_working_group_id_fkey" FOREIGN KEY ("working_group_id") REFERENCES "working_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "working_group_members" ADD CONSTRAINT "working_group_members_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;
