// The surfaces LÖK-boten hears from and writes to. The database keeps them as plain text
// (status_updates.source, channel_bindings.platform, …), so a new surface is a change here and in
// its adapter, never in the schema.
export type Platform = "console" | "slack" | "teams" | "import" | "scheduler" | "web";
