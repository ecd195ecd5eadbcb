-- CreateTable
CREATE TABLE "web_login_links" (
    "id" SERIAL NOT NULL,
    "token_hash" TEXT NOT NULL,
    "group_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "delivery_key" TEXT,
    "created_at" TIMESTAMP(3) NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "used_at" TIMESTAMP(3),

    CONSTRAINT "web_login_links_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "web_sessions" (
    "id" SERIAL NOT NULL,
    "id_hash" TEXT NOT NULL,
    "group_id" INTEGER NOT NULL,
    "member_id" INTEGER NOT NULL,
    "csrf_token" TEXT NOT NULL,
    "notice" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL,
    "expires_at" TIMESTAMP(3) NOT NULL,
    "ended_at" TIMESTAMP(3),

    CONSTRAINT "web_sessions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "web_login_links_token_hash_key" ON "web_login_links"("token_hash");

-- CreateIndex
CREATE UNIQUE INDEX "web_login_links_delivery_key_key" ON "web_login_links"("delivery_key");

-- CreateIndex
CREATE INDEX "web_login_links_member_id_group_id_idx" ON "web_login_links"("member_id", "group_id");

-- CreateIndex
CREATE UNIQUE INDEX "web_sessions_id_hash_key" ON "web_sessions"("id_hash");

-- CreateIndex
CREATE INDEX "web_sessions_member_id_group_id_idx" ON "web_sessions"("member_id", "group_id");

-- AddForeignKey
ALTER TABLE "web_login_links" ADD CONSTRAINT "web_login_links_member_id_group_id_fkey" FOREIGN KEY ("member_id", "group_id") REFERENCES "members"("id", "group_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "web_sessions" ADD CONSTRAINT "web_sessions_member_id_group_id_fkey" FOREIGN KEY ("member_id", "group_id") REFERENCES "members"("id", "group_id") ON DELETE CASCADE ON UPDATE CASCADE;
