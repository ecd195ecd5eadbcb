-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('sv', 'en');

-- CreateEnum
CREATE TYPE "Party" AS ENUM ('stad', 'civilsamhalle', 'gemensamt');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('ej_paborjad', 'pagar', 'klar', 'forsenad', 'pausad', 'struken');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('medlem', 'samordnare', 'admin');

-- CreateEnum
CREATE TYPE "Platform" AS ENUM ('console', 'slack', 'teams', 'import', 'scheduler');

-- CreateEnum
CREATE TYPE "OutboxState" AS ENUM ('pending', 'sending', 'sent', 'failed', 'skipped');

-- CreateTable
CREATE TABLE "groups" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "locale" "Locale" NOT NULL DEFAULT 'sv',
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Stockholm',
    "settings" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "plans" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "period_from" DATE,
    "period_to" DATE,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "principles" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "principles_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activities" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT,
    "principle_id" INTEGER,
    "party" "Party" NOT NULL DEFAULT 'gemensamt',
    "commitment" TEXT,
    "responsible_org" TEXT,
    "commissioner" TEXT,
    "partners" TEXT,
    "follow_up" TEXT,
    "due_date" DATE,
    "status" "ActivityStatus" NOT NULL DEFAULT 'ej_paborjad',
    "status_changed_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "activities_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "members" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "organisation" TEXT,
    "role" "Role" NOT NULL DEFAULT 'medlem',
    "email" TEXT,
    "slack_user_id" TEXT,
    "teams_user_id" TEXT,
    "aad_object_id" TEXT,
    "quiet_until" DATE,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "members_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity_owners" (
    "activity_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "activity_owners_pkey" PRIMARY KEY ("activity_id","member_id")
);

-- CreateTable
CREATE TABLE "status_updates" (
    "id" SERIAL NOT NULL,
    "activity_id" INTEGER NOT NULL,
    "status" "ActivityStatus" NOT NULL,
    "comment" TEXT,
    "author_id" INTEGER,
    "source" "Platform" NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "status_updates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meetings" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "starts_at" TIMESTAMP(3) NOT NULL,
    "ends_at" TIMESTAMP(3),
    "place" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "meetings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "agenda_items" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "meeting_id" INTEGER,
    "text" TEXT NOT NULL,
    "proposed_by" INTEGER,
    "handled_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "agenda_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "channel_bindings" (
    "id" SERIAL NOT NULL,
    "platform" "Platform" NOT NULL,
    "workspace_id" TEXT NOT NULL DEFAULT '',
    "channel_id" TEXT NOT NULL,
    "group_id" INTEGER NOT NULL,
    "reference" JSONB NOT NULL DEFAULT '{}',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "channel_bindings_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "outbox" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "target" JSONB NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "state" "OutboxState" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "sent_at" TIMESTAMP(3),
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "groups_name_key" ON "groups"("name");

-- CreateIndex
CREATE UNIQUE INDEX "plans_group_id_name_key" ON "plans"("group_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "principles_plan_id_key_key" ON "principles"("plan_id", "key");

-- CreateIndex
CREATE INDEX "activities_due_date_idx" ON "activities"("due_date");

-- CreateIndex
CREATE UNIQUE INDEX "activities_plan_id_number_key" ON "activities"("plan_id", "number");

-- CreateIndex
CREATE INDEX "members_group_id_name_idx" ON "members"("group_id", "name");

-- CreateIndex
CREATE UNIQUE INDEX "members_group_id_slack_user_id_key" ON "members"("group_id", "slack_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "members_group_id_teams_user_id_key" ON "members"("group_id", "teams_user_id");

-- CreateIndex
CREATE UNIQUE INDEX "members_group_id_aad_object_id_key" ON "members"("group_id", "aad_object_id");

-- CreateIndex
CREATE UNIQUE INDEX "members_group_id_email_key" ON "members"("group_id", "email");

-- CreateIndex
CREATE UNIQUE INDEX "status_updates_idempotency_key_key" ON "status_updates"("idempotency_key");

-- CreateIndex
CREATE INDEX "status_updates_activity_id_created_at_idx" ON "status_updates"("activity_id", "created_at");

-- CreateIndex
CREATE INDEX "meetings_group_id_starts_at_idx" ON "meetings"("group_id", "starts_at");

-- CreateIndex
CREATE INDEX "agenda_items_group_id_handled_at_idx" ON "agenda_items"("group_id", "handled_at");

-- CreateIndex
CREATE UNIQUE INDEX "channel_bindings_platform_workspace_id_channel_id_key" ON "channel_bindings"("platform", "workspace_id", "channel_id");

-- CreateIndex
CREATE UNIQUE INDEX "outbox_dedupe_key_key" ON "outbox"("dedupe_key");

-- CreateIndex
CREATE INDEX "outbox_state_next_attempt_at_idx" ON "outbox"("state", "next_attempt_at");

-- AddForeignKey
ALTER TABLE "plans" ADD CONSTRAINT "plans_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "principles" ADD CONSTRAINT "principles_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activities" ADD CONSTRAINT "activities_principle_id_fkey" FOREIGN KEY ("principle_id") REFERENCES "principles"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "members" ADD CONSTRAINT "members_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_owners" ADD CONSTRAINT "activity_owners_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity_owners" ADD CONSTRAINT "activity_owners_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "agenda_items" ADD CONSTRAINT "agenda_items_proposed_by_fkey" FOREIGN KEY ("proposed_by") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "channel_bindings" ADD CONSTRAINT "channel_bindings_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;
