// The routes of a group's open data, meetings and calendar feed, and of the site's accessibility
// statement. Files are readable from any origin (Access-Control-Allow-Origin: *); an unknown or
// unpublished group is a 404 on every route, the same 404 as any unknown address.
import { type Context, Hono } from "hono";
import type { ServiceDeps } from "../../../services/deps.ts";
import { groupMeeting, groupMeetings, openData } from "../../../services/open-data.ts";
import { type PublishedGroup, publishedGroup, publishedGroups } from "../../../services/publication.ts";
import { envTexts, textsFor } from "../../../texts/index.ts";
import { meetingsCalendar } from "../calendar/ics.ts";
import { meetingsBody } from "../calendar/page.ts";
import { page } from "../layout.ts";
import { dcatRdf } from "./dcat.ts";
import { licenceFor } from "./licences.ts";
import { openDataLinks } from "./links.ts";
import { accessibilityBody, dataBody } from "./pages.ts";
import { activityTable, historyTable, type OpenColumn, tableCsv, tableJson } from "./tables.ts";
import { groupUrls, siteOrigin } from "./urls.ts";

export interface OpenDataOptions {
  env?: NodeJS.ProcessEnv;
  /** The stylesheet's hashed address, from the app. */
  stylesheet: string;
}

const CSV = "text/csv; charset=utf-8; header=present";
const JSON_TYPE = "application/json; charset=utf-8";
const CALENDAR = "text/calendar; charset=utf-8";
const RDF = "application/rdf+xml; charset=utf-8";

export function openDataRoutes(deps: ServiceDeps, options: OpenDataOptions): Hono {
  const env = options.env ?? process.env;
  const app = new Hono();
  const siteTexts = envTexts(options.env);

  const file = (c: Context, body: string, type: string, name?: string) => {
    c.header("content-type", type);
    c.header("access-control-allow-origin", "*");
    c.header("cache-control", "public, max-age=300");
    if (name) c.header("content-disposition", `inline; filename="${name}"`);
    return c.body(body);
  };

  /** The published group at :slug, or undefined (and the handler answers 404). */
  const groupOf = (c: Context) => publishedGroup(deps.prisma, c.req.param("slug") ?? "");

  const data = async (group: PublishedGroup) => {
    const t = textsFor(group.locale);
    const d = await openData(deps.prisma, group);
    return { t, d, activities: activityTable(d, group, t), history: historyTable(d, group, t) };
  };

  const jsonMeta = (c: Context, group: PublishedGroup, title: string) => ({
    title,
    publisher: group.name,
    licence: { id: group.licence, uri: licenceFor(group.licence).uri },
    source: groupUrls(siteOrigin(env, c.req.url), group.slug).data,
  });

  app.get("/g/:slug/data", async (c) => {
    const group = await groupOf(c);
    if (!group) return c.notFound();
    const { t, d, activities, history } = await data(group);
    return c.html(
      page({
        t,
        title: `${t.openData.data.title} – ${group.name}`,
        stylesheet: options.stylesheet,
        head: openDataLinks(t, group.slug),
        contact: group.contact,
        groupPath: `/g/${group.slug}`,
        body: dataBody(
          group,
          d,
          {
            activities: activities.columns as OpenColumn<unknown>[],
            history: history.columns as OpenColumn<unknown>[],
          },
          t,
        ),
      }),
    );
  });

  app.get("/g/:slug/data/aktiviteter.csv", async (c) => {
    const group = await groupOf(c);
    if (!group) return c.notFound();
    const { activities } = await data(group);
    return file(c, tableCsv(activities), CSV, "aktiviteter.csv");
  });

  app.get("/g/:slug/data/aktiviteter.json", async (c) => {
    const group = await groupOf(c);
    if (!group) return c.notFound();
    const { t, d, activities } = await data(group);
    const title = t.openData.dcat.activitiesTitle(d.plan ?? t.openData.dcat.noPlan, group.name);
    return file(c, tableJson(activities, jsonMeta(c, group, title)), JSON_TYPE);
  });

  app.get("/g/:slug/data/statushistorik.csv", async (c) => {
    const group = await groupOf(c);
    if (!group) return c.notFound();
    const { history } = await data(group);
    return file(c, tableCsv(history), CSV, "statushistorik.csv");
  });

  app.get("/g/:slug/data/statushistorik.json", async (c) => {
    const group = await groupOf(c);
    if (!group) return c.notFound();
    const { t, d, history } = await data(group);
    const title = t.openData.dcat.historyTitle(d.plan ?? t.openData.dcat.noPlan, group.name);
    return file(c, tableJson(history, jsonMeta(c, group, title)), JSON_TYPE);
  });

  app.get("/g/:slug/data/dcat.rdf", async (c) => {
    const group = await groupOf(c);
    if (!group) return c.notFound();
    const t = textsFor(group.locale);
    const d = await openData(deps.prisma, group);
    return file(c, dcatRdf({ group, data: d, t, origin: siteOrigin(env, c.req.url) }), RDF);
  });

  app.get("/g/:slug/moten", async (c) => {
    const group = await groupOf(c);
    if (!group) return c.notFound();
    const t = textsFor(group.locale);
    const meetings = await groupMeetings(deps.prisma, group);
    const urls = groupUrls(siteOrigin(env, c.req.url), group.slug);
    return c.html(
      page({
        t,
        title: `${t.openData.meetings.title} – ${group.name}`,
        stylesheet: options.stylesheet,
        head: openDataLinks(t, group.slug),
        contact: group.contact,
        groupPath: `/g/${group.slug}`,
        body: meetingsBody(group, meetings, deps.clock.now(), urls, t),
      }),
    );
  });

  const calendar = (
    c: Context,
    group: PublishedGroup,
    meetings: Awaited<ReturnType<typeof groupMeetings>>,
  ) => {
    const origin = siteOrigin(env, c.req.url);
    return meetingsCalendar({
      group,
      meetings,
      t: textsFor(group.locale),
      host: new URL(origin).host,
      meetingsUrl: groupUrls(origin, group.slug).meetings,
    });
  };

  app.get("/g/:slug/kalender.ics", async (c) => {
    const group = await groupOf(c);
    if (!group) return c.notFound();
    const meetings = await groupMeetings(deps.prisma, group);
    return file(c, calendar(c, group, meetings), CALENDAR, "kalender.ics");
  });

  app.get("/g/:slug/moten/:file{[0-9]+\\.ics}", async (c) => {
    const group = await groupOf(c);
    if (!group) return c.notFound();
    const id = Number.parseInt(c.req.param("file"), 10);
    const meeting = Number.isSafeInteger(id) ? await groupMeeting(deps.prisma, group, id) : undefined;
    if (!meeting) return c.notFound();
    return file(c, calendar(c, group, [meeting]), CALENDAR, `mote-${meeting.id}.ics`);
  });

  app.get("/tillganglighet", async (c) => {
    const t = siteTexts;
    const groups = await publishedGroups(deps.prisma);
    return c.html(
      page({
        t,
        title: t.openData.accessibility.title,
        stylesheet: options.stylesheet,
        body: accessibilityBody(
          t,
          env.LOK_PUBLISHER?.trim() || undefined,
          env.LOK_CONTACT?.trim() || undefined,
          groups.map((g) => ({ ...g, locale: textsFor(g.locale).locale })),
        ),
      }),
    );
  });

  return app;
}
