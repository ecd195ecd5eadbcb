-- CreateTable
CREATE TABLE "personal_conversations" (
    "id" SERIAL NOT NULL,
    "member_id" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "conversation_id" TEXT NOT NULL,
    "reference" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "personal_conversations_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "personal_conversations_member_id_platform_key" ON "personal_conversations"("member_id", "platform");

-- AddForeignKey
ALTER TABLE "personal_conversations" ADD CONSTRAINT "personal_conversations_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE CASCADE ON UPDATE CASCADE;
