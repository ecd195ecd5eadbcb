-- CreateTable
CREATE TABLE "goals" (
    "id" SERIAL NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "principle_id" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "goals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "follow_up_rounds" (
    "id" SERIAL NOT NULL,
    "group_id" INTEGER NOT NULL,
    "plan_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "closes_on" DATE,
    "opened_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "opened_by_id" INTEGER,
    "closed_at" TIMESTAMP(3),

    CONSTRAINT "follow_up_rounds_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "goal_assessments" (
    "id" SERIAL NOT NULL,
    "round_id" INTEGER NOT NULL,
    "goal_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT,
    "source" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "goal_assessments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "round_activity_texts" (
    "id" SERIAL NOT NULL,
    "round_id" INTEGER NOT NULL,
    "activity_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "round_activity_texts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "round_lessons" (
    "id" SERIAL NOT NULL,
    "round_id" INTEGER NOT NULL,
    "member_id" INTEGER,
    "text" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "idempotency_key" TEXT NOT NULL,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "round_lessons_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "goals_principle_id_position_idx" ON "goals"("principle_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "goals_plan_id_number_key" ON "goals"("plan_id", "number");

-- CreateIndex
CREATE UNIQUE INDEX "follow_up_rounds_group_id_year_key" ON "follow_up_rounds"("group_id", "year");

-- CreateIndex
CREATE UNIQUE INDEX "goal_assessments_round_id_goal_id_member_id_key" ON "goal_assessments"("round_id", "goal_id", "member_id");

-- CreateIndex
CREATE UNIQUE INDEX "round_activity_texts_round_id_activity_id_member_id_key" ON "round_activity_texts"("round_id", "activity_id", "member_id");

-- CreateIndex
CREATE UNIQUE INDEX "round_lessons_idempotency_key_key" ON "round_lessons"("idempotency_key");

-- CreateIndex
CREATE INDEX "round_lessons_round_id_created_at_idx" ON "round_lessons"("round_id", "created_at");

-- AddForeignKey
ALTER TABLE "goals" ADD CONSTRAINT "goals_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "goals" ADD CONSTRAINT "goals_principle_id_fkey" FOREIGN KEY ("principle_id") REFERENCES "principles"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_rounds" ADD CONSTRAINT "follow_up_rounds_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "follow_up_rounds" ADD CONSTRAINT "follow_up_rounds_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "follow_up_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_goal_id_fkey" FOREIGN KEY ("goal_id") REFERENCES "goals"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "goal_assessments" ADD CONSTRAINT "goal_assessments_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_activity_texts" ADD CONSTRAINT "round_activity_texts_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "follow_up_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_activity_texts" ADD CONSTRAINT "round_activity_texts_activity_id_fkey" FOREIGN KEY ("activity_id") REFERENCES "activities"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_activity_texts" ADD CONSTRAINT "round_activity_texts_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_lessons" ADD CONSTRAINT "round_lessons_round_id_fkey" FOREIGN KEY ("round_id") REFERENCES "follow_up_rounds"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "round_lessons" ADD CONSTRAINT "round_lessons_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;
