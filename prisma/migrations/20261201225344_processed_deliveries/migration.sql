-- CreateTable
CREATE TABLE "processed_deliveries" (
    "key" TEXT NOT NULL,
    "group_id" INTEGER,
    "member_id" INTEGER,
    "source" "Platform" NOT NULL,
    "command" JSONB NOT NULL,
    "reply" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "processed_deliveries_pkey" PRIMARY KEY ("key")
);

-- AddForeignKey
ALTER TABLE "processed_deliveries" ADD CONSTRAINT "processed_deliveries_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "processed_deliveries" ADD CONSTRAINT "processed_deliveries_member_id_fkey" FOREIGN KEY ("member_id") REFERENCES "members"("id") ON DELETE SET NULL ON UPDATE CASCADE;
