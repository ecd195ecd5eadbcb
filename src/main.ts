// Composition root: config -> database -> migrations -> services -> surfaces. It wires; it does not decide.

import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import type { Logger } from "pino";
import type { Config } from "./config.ts";
import { type Clock, systemClock } from "./core/clock.ts";
import { DomainError, isDomainError } from "./core/domain-error.ts";
import { matchPerson } from "./core/person-match.ts";
import { type ConsoleWeb, consoleWelcomeReply } from "./core/replies/welcome-reply.ts";
import { type Database, type OpenDatabaseOptions, openDatabase } from "./db/open-database.ts";
import { databaseAnswers } from "./db/sql/health.ts";
import { startHealthServer } from "./health-server.ts";
import { createHttpServer, type SharedHttpServer } from "./http/server.ts";
import { runConsole } from "./platforms/console/console-chat.ts";
import { createWebApp } from "./platforms/web/app.ts";
import { createScheduler } from "./scheduler/index.ts";
import type { Actor, GroupRef } from "./services/actor.ts";
import { type Announcer, createAnnouncer } from "./services/announcements.ts";
import { createDoor, type Door } from "./services/conversation.ts";
import { demoGroupName, loadDemoIfEmpty } from "./services/demo.ts";
import { createCommandExecutor } from "./services/execute-command.ts";
import { findGroup } from "./services/groups.ts";
import { resolveMember } from "./services/members.ts";
import { startSurfaces, stopSurfaces } from "./surfaces.ts";
import { textsFor } from "./texts/index.ts";

export interface App {
  config: Config;
  db: Database;
  /** The one door every surface reaches the core through. */
  door: Door;
  /** Tells the group's channels of a change; each running surface registers how it posts. */
  announcer: Announcer;
  logger: Logger;
  clock: Clock;
  close(): Promise<void>;
}

export function databaseOptions(config: Config, logger: Logger): OpenDatabaseOptions {
  const migrations = logger.child({ component: "migrations" });
  return {
    ...(config.database.url ? { databaseUrl: config.database.url } : { dataDir: config.database.dataDir }),
    logger: { info: (m) => migrations.info(m), warn: (m) => migrations.warn(m) },
  };
}

/** Opens the database (applying migrations), loads the demo into an empty one, builds the services. */
export async function createApp(config: Config, logger: Logger, clock: Clock = systemClock): Promise<App> {
  const db = await openDatabase(databaseOptions(config, logger));
  logger.info({ database: db.description }, "database ready");
  try {
    if (await loadDemoIfEmpty(db.prisma, clock.now())) logger.info("empty database: demo plan loaded");
  } catch (error) {
    await db.close();
    throw error;
  }
  const deps = { prisma: db.prisma, clock, logger };
  const announcer = createAnnouncer(deps);
  const door = createDoor(deps, createCommandExecutor(deps, { publicUrl: config.publicUrl }), {
    admins: config.admins,
    announcer,
  });
  return { config, db, door, announcer, logger, clock, close: () => db.close() };
}

/** The group the console talks to: LOK_GROUP, or the only or first group. */
export async function consoleGroup(app: App): Promise<GroupRef> {
  const query = app.config.console.group;
  try {
    return await findGroup(app.db.prisma, query);
  } catch (error) {
    if (isDomainError(error) && error.detail.code === "group_not_found")
      throw new DomainError({ code: "lok_group_unknown", query: query ?? "", groups: error.detail.groups });
    throw error;
  }
}

/**
 * Who types in the console: the member LOK_USER names (matched as `ansvarig` matches a name), or the
 * group's first coordinator (in the demo, Anna Fogel). A blank, unknown or ambiguous LOK_USER stops
 * start-up with the members listed: nobody is created because of a typo.
 */
export async function consoleActor(app: App, group: GroupRef): Promise<Actor> {
  const { prisma } = app.db;
  const name = app.config.console.user;
  if (name !== undefined) {
    const members = await prisma.member.findMany({ where: { groupId: group.id }, orderBy: { id: "asc" } });
    const names = members.map((m) => m.name);
    if (name.trim() === "")
      throw new DomainError({ code: "lok_user_blank", groupName: group.name, members: names });
    const match = matchPerson(name, members);
    if (match.kind === "many") {
      const candidates = match.candidates.map((m) => m.name);
      throw new DomainError({ code: "lok_user_ambiguous", query: name, groupName: group.name, candidates });
    }
    if (match.kind === "none") {
      const suggestions = match.suggestions.map((m) => m.name);
      throw new DomainError({
        code: "lok_user_unknown",
        query: name,
        groupName: group.name,
        members: names,
        suggestions,
      });
    }
    const { person } = match;
    // LOK_ADMINS may name the member (or their e-mail), as it names a Slack or Teams user.
    const identity = {
      platform: "console" as const,
      userId: person.name,
      name: person.name,
      ids: [],
      byName: true,
      ...(person.email ? { email: person.email } : {}),
    };
    return resolveMember(prisma, group, identity, app.config.admins);
  }
  const coordinator =
    (await prisma.member.findFirst({
      where: { groupId: group.id, role: "samordnare" },
      orderBy: { id: "asc" },
    })) ??
    (await prisma.member.findFirst({ where: { groupId: group.id, role: "admin" }, orderBy: { id: "asc" } }));
  if (coordinator) return { memberId: coordinator.id, name: coordinator.name, role: coordinator.role };
  const fallback = textsFor(group.locale).members.consoleCoordinator;
  const someone = {
    platform: "console",
    userId: fallback,
    name: fallback,
    ids: [],
    byName: true,
  } as const;
  return resolveMember(prisma, group, someone, ["samordnare"]);
}

export interface ConsoleIo {
  input: Readable & { isTTY?: boolean };
  output: Writable;
}

/** The one HTTP server on PORT: /healthz, the public web page, and what the surfaces mount on it. */
export function createSharedServer(app: App, options: { host?: string } = {}): SharedHttpServer {
  const deps = { prisma: app.db.prisma, clock: app.clock, logger: app.logger };
  return createHttpServer({
    port: app.config.port,
    ...(options.host ? { host: options.host } : {}),
    logger: app.logger,
    web: createWebApp(deps, { door: app.door, publicUrl: app.config.publicUrl }),
    health: () => databaseAnswers(app.db.prisma),
  });
}

function addressInUse(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "EADDRINUSE";
}

/**
 * `lok serve`: the chat platforms that are configured, until `shutdown` aborts; the local console
 * when none is (until the end of its input). Either way the one HTTP server on PORT serves the web
 * page; for the console a port already taken only means no web page.
 */
export async function serve(app: App, io: ConsoleIo, shutdown: AbortSignal): Promise<void> {
  const health = app.config.healthPort ? await startHealthServer(app, app.config.healthPort) : undefined;
  const deps = { prisma: app.db.prisma, clock: app.clock, logger: app.logger };
  const http = createSharedServer(app);
  const surfaces = await startSurfaces({
    config: app.config,
    deps,
    door: app.door,
    announcer: app.announcer,
    http,
  }).catch(async (error) => {
    await health?.close();
    throw error;
  });
  let web: ConsoleWeb | undefined;
  try {
    await http.listen();
    web = { url: http.url() ?? "" };
  } catch (error) {
    if (surfaces.length > 0 || !addressInUse(error)) {
      await stopSurfaces(surfaces);
      await health?.close();
      throw error;
    }
    app.logger.warn({ port: app.config.port }, "port in use: the console runs without the web page");
    web = { busyPort: app.config.port };
  }
  // Reminders and agendas go to the chat platforms; the console has `lok tick` to show them.
  const scheduler =
    surfaces.length && app.config.scheduler.enabled
      ? createScheduler({ deps, notifiers: surfaces.map((s) => s.notifier), logger: app.logger })
      : undefined;
  scheduler?.start();
  try {
    if (surfaces.length === 0) await chat(app, io, shutdown, web);
    else if (!shutdown.aborted) await once(shutdown, "abort");
  } finally {
    await scheduler?.stop();
    await app.announcer.flush();
    await stopSurfaces(surfaces);
    await http.close();
    await health?.close();
  }
}

/** `lok chat`: the local console, whatever else is configured. */
export async function chat(app: App, io: ConsoleIo, shutdown?: AbortSignal, web?: ConsoleWeb): Promise<void> {
  const group = await consoleGroup(app);
  const actor = await consoleActor(app, group);
  const greeting = consoleWelcomeReply(textsFor(group.locale), {
    groupName: group.name,
    actorName: actor.name,
    role: actor.role,
    demo: group.name === (await demoGroupName()),
    ...(web ? { web } : {}),
  });
  await runConsole({
    greeting,
    door: app.door,
    group,
    actor,
    input: io.input,
    output: io.output,
    interactive: Boolean(io.input.isTTY),
    ...(shutdown ? { shutdown } : {}),
  });
}
