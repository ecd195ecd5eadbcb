// A group's meetings as iCalendar: one file per meeting and one feed with all of them. Times are
// written in the group's time zone with its VTIMEZONE, so that a calendar shows 18:00 as 18:00 on
// both sides of a DST change; DTSTAMP and LAST-MODIFIED are UTC. A meeting keeps its UID for good,
// and its SEQUENCE rises with every change, so a subscribed calendar moves or cancels it in place.
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { tzlib_get_ical_block } from "timezones-ical-library";
import { wallClockAt } from "../../../core/zoned-time.ts";
import type { PublicMeeting } from "../../../services/open-data.ts";
import type { PublishedGroup } from "../../../services/publication.ts";
import type { Messages } from "../../../texts/index.ts";
import { PRODUCT_NAME } from "../../../texts/product.ts";

/**
 * The VTIMEZONE block for a zone, under the zone's own name. The library gives a linked zone the
 * block of the zone it links to (Europe/Stockholm gets Europe/Berlin's, same rules), so its TZID is
 * renamed to the one the events refer to.
 */
export function vtimezone(timeZone: string): string | null {
  const block = tzlib_get_ical_block(timeZone);
  const text = Array.isArray(block) ? block[0] : undefined;
  if (!text?.includes("BEGIN:VTIMEZONE")) return null;
  return text
    .replace(/^TZID:.*$/m, `TZID:${timeZone}`)
    .replace(/^X-LIC-LOCATION:.*$/m, `X-LIC-LOCATION:${timeZone}`);
}

/**
 * An instant that the library writes as the wall clock in `timeZone`, whatever the process's own
 * zone is: it takes a date-fns TZDate this way, reading the local-time getters after withTimeZone.
 */
class ZonedInstant extends Date {
  readonly internal: Date;
  readonly #wall: { y: number; mo: number; d: number; h: number; mi: number; s: number };
  constructor(instant: Date, timeZone: string) {
    super(instant.getTime());
    this.internal = new Date(instant.getTime());
    const w = wallClockAt(instant, timeZone);
    const [y, mo, d] = w.date.split("-").map(Number) as [number, number, number];
    const [h, mi] = w.time.split(":").map(Number) as [number, number];
    this.#wall = { y, mo: mo - 1, d, h, mi, s: w.seconds };
  }
  withTimeZone(): this {
    return this;
  }
  tzComponents(): number[] {
    const w = this.#wall;
    return [w.y, w.mo, w.d, w.h, w.mi, w.s];
  }
  override getFullYear(): number {
    return this.#wall.y;
  }
  override getMonth(): number {
    return this.#wall.mo;
  }
  override getDate(): number {
    return this.#wall.d;
  }
  override getHours(): number {
    return this.#wall.h;
  }
  override getMinutes(): number {
    return this.#wall.mi;
  }
  override getSeconds(): number {
    return this.#wall.s;
  }
}

/** A meeting's UID: the same for as long as the meeting exists, whatever is changed about it. */
export function meetingUid(meeting: PublicMeeting, host: string): string {
  return `meeting-${meeting.id}@${host}`;
}

/** TEXT as RFC 5545 escapes it, for the calendar's name and description, which the library writes as given. */
function icalText(value: string): string {
  return value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, "\\n");
}

/** Without an end, a meeting is taken to last an hour. */
const DEFAULT_LENGTH_MS = 60 * 60_000;

export interface CalendarInput {
  group: PublishedGroup;
  meetings: PublicMeeting[];
  t: Messages;
  /** For the UIDs: the site's host name. */
  host: string;
  /** The meetings page, as each event's URL. */
  meetingsUrl: string;
}

export function meetingsCalendar({ group, meetings, t, host, meetingsUrl }: CalendarInput): string {
  const zone = group.timeZone;
  const utc = zone === "UTC" || zone === "Etc/UTC";
  const cal = ical({
    prodId: { company: PRODUCT_NAME, product: PRODUCT_NAME, language: t.locale.toUpperCase() },
    name: icalText(t.openData.calendar.name(group.name)),
    description: icalText(t.openData.calendar.description(group.name)),
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60,
  });
  // No calendar-wide time zone: the library would then write DTSTAMP in local time. The events carry
  // the zone, and the generator adds the VTIMEZONE of every zone the events use.
  if (!utc) {
    cal.timezone({ name: null, generator: vtimezone });
    cal.x([["X-WR-TIMEZONE", zone]]);
  }
  for (const m of meetings) {
    const at = (d: Date) => (utc ? d : new ZonedInstant(d, zone));
    const end = m.endsAt ?? new Date(m.startsAt.getTime() + DEFAULT_LENGTH_MS);
    cal.createEvent({
      id: meetingUid(m, host),
      sequence: m.sequence,
      start: at(m.startsAt),
      end: at(end),
      ...(utc ? {} : { timezone: zone }),
      summary: m.title,
      ...(m.place ? { location: m.place } : {}),
      url: meetingsUrl,
      stamp: m.updatedAt,
      lastModified: m.updatedAt,
      status: m.cancelledAt ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}
