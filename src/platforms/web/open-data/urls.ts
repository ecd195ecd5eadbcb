// Where a group's pages, files and feed are, absolute: from PUBLIC_URL when it is set (behind a
// proxy the request's own address may be an internal one), else from the request's origin.

export interface GroupUrls {
  page: string;
  data: string;
  meetings: string;
  feed: string;
  /** The feed for calendar apps to subscribe to: webcal:// (the same address with another scheme). */
  webcal: string;
}

/** "https://lok.example.se" from PUBLIC_URL, or the origin of the request. */
export function siteOrigin(env: NodeJS.ProcessEnv, requestUrl: string): string {
  const configured = env.PUBLIC_URL?.trim();
  if (configured) {
    try {
      const url = new URL(configured);
      return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
    } catch {
      // Not a URL: the request's origin below.
    }
  }
  return new URL(requestUrl).origin;
}

export function groupPaths(slug: string) {
  const page = `/g/${encodeURIComponent(slug)}`;
  return {
    page,
    data: `${page}/data`,
    meetings: `${page}/moten`,
    feed: `${page}/kalender.ics`,
    meeting: (id: number) => `${page}/moten/${id}.ics`,
  };
}

export function groupUrls(origin: string, slug: string): GroupUrls {
  const p = groupPaths(slug);
  const feed = `${origin}${p.feed}`;
  return {
    page: `${origin}${p.page}`,
    data: `${origin}${p.data}`,
    meetings: `${origin}${p.meetings}`,
    feed,
    webcal: feed.replace(/^https?:/, "webcal:"),
  };
}
