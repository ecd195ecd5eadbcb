// How we talk to Slack's Web API: a 429 comes straight back to the caller with its Retry-After (the
// delivery path honours it; a person gets a polite reply) instead of pausing the client's whole queue
// for seconds, and no call waits forever.
import type { WebClientOptions } from "@slack/web-api";
import type { SlackConfig } from "../../config.ts";

export const WEB_API_TIMEOUT_MS = 10_000;

export function webClientOptions(config: SlackConfig): WebClientOptions {
  return {
    ...(config.apiUrl
      ? { slackApiUrl: config.apiUrl.endsWith("/") ? config.apiUrl : `${config.apiUrl}/` }
      : {}),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
    timeout: WEB_API_TIMEOUT_MS,
  };
}
