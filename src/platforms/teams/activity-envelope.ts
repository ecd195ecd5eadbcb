// The few fields of an inbound activity that decide whether it is let in, read from a body nobody has
// vouched for yet: where replies would go (serviceUrl), which channel it claims (channelId) and which
// tenant it belongs to. Anything missing or of the wrong type reads as absent.
import type { Activity } from "@microsoft/teams.api";
import { tenantOf } from "./incoming-message.ts";

export interface ActivityEnvelope {
  serviceUrl?: string;
  channelId?: string;
  tenantId?: string;
}

const text = (value: unknown): string | undefined =>
  typeof value === "string" && value !== "" ? value : undefined;

export function activityEnvelope(body: Record<string, unknown>): ActivityEnvelope {
  const serviceUrl = text(body.serviceUrl);
  const channelId = text(body.channelId);
  const tenantId = text(tenantOf(body as unknown as Activity));
  return {
    ...(serviceUrl ? { serviceUrl } : {}),
    ...(channelId ? { channelId } : {}),
    ...(tenantId ? { tenantId } : {}),
  };
}

/** serviceUrls compare without a trailing slash and case-insensitively, as the Bot Framework SDKs do. */
export function normalizedServiceUrl(url: string): string {
  return url.replace(/\/+$/, "").toLowerCase();
}
