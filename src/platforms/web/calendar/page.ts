// The meetings page: upcoming meetings first, then past ones, newest first; each with its own .ics,
// and the feed to subscribe to (https and webcal). A cancelled meeting says so in words.
import { html } from "hono/html";
import { localDateAt, wallClockAt } from "../../../core/zoned-time.ts";
import type { PublicMeeting } from "../../../services/open-data.ts";
import type { PublishedGroup } from "../../../services/publication.ts";
import type { Messages } from "../../../texts/index.ts";
import type { Html } from "../layout.ts";
import { type GroupUrls, groupPaths } from "../open-data/urls.ts";

function when(m: PublicMeeting, zone: string, t: Messages): string {
  const start = wallClockAt(m.startsAt, zone);
  const end =
    m.endsAt && localDateAt(m.endsAt, zone) === start.date ? wallClockAt(m.endsAt, zone).time : undefined;
  return t.openData.meetings.time(t.dates.dateWithWeekday(start.date), t.dates.clock(start.time, end));
}

export function meetingsBody(
  group: PublishedGroup,
  meetings: PublicMeeting[],
  now: Date,
  urls: GroupUrls,
  t: Messages,
): Html {
  const m = t.openData.meetings;
  const p = groupPaths(group.slug);
  const ended = (x: PublicMeeting) => (x.endsAt ?? x.startsAt) < now;
  const upcoming = meetings.filter((x) => !ended(x));
  const past = meetings.filter(ended).reverse();
  const item = (x: PublicMeeting) => html`<li>
<strong>${x.title}</strong>${x.cancelledAt ? html` <span class="cancelled">(${m.cancelled})</span>` : ""}<br>
<time datetime="${x.startsAt.toISOString()}">${when(x, group.timeZone, t)}</time>${x.place ? html`, ${x.place}` : ""}<br>
<a href="${p.meeting(x.id)}" type="text/calendar">${m.ics(x.title)}</a>
</li>`;
  const list = (heading: string, items: PublicMeeting[]) => html`<h2>${heading}</h2>
${items.length ? html`<ul>${items.map(item)}</ul>` : html`<p>${m.none}</p>`}`;
  return html`<h1>${m.heading(group.name)}</h1>
${list(m.upcoming, upcoming)}
${list(m.past, past)}
<h2>${m.subscribe}</h2>
<p>${m.subscribeText}</p>
<ul>
<li><a href="${urls.webcal}">${m.webcal}</a></li>
<li><a href="${p.feed}" type="text/calendar">${m.feed}</a>: <code>${urls.feed}</code></li>
</ul>
<p><a href="${p.data}">${m.openData}</a></p>`;
}
