// Configuration for Prisma's own CLI (`prisma generate`, and `prisma migrate deploy` where Prisma's
// binaries can be had). LÖK-boten itself applies the same migrations without the CLI: see src/db/.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  ...(process.env.DATABASE_URL ? { datasource: { url: process.env.DATABASE_URL } } : {}),
});
