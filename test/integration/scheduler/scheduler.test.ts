// The scheduler end to end on a real database (PGlite, and PostgreSQL with DATABASE_URL): sweeps at
// chosen instants, the outbox, the dispatcher, and the commands that configure it.
import { pino } from "pino";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { instantAt } from "../../../src/core/zoned-time.ts";
import type { Database } from "../../../src/db/open-database.ts";
import { gatherAgendas } from "../../../src/scheduler/agenda-bulk.ts";
import { createScheduler } from "../../../src/scheduler/index.ts";
import { type GroupContext, loadGroupContexts } from "../../../src/scheduler/sweep-context.ts";
import type { PlanRef } from "../../../src/services/groups.ts";
import { gatherAgenda } from "../../../src/services/meetings.ts";
import { claimDue, enqueue, PRUNE_BATCH } from "../../../src/services/outbox.ts";
import { createTestDatabase, testDatabaseKinds } from "../../support/test-database.ts";
import { capturingLogger, recordingNotifier, schedulerHarness } from "./scheduler-support.ts";

const silent = pino({ level: "silent" });
const at = (iso: string) => new Date(iso);

describe.each(testDatabaseKinds())("scheduler on %s", (kind) => {
  let db: Database;
  let h: Awaited<ReturnType<typeof schedulerHarness>>;
  let rec: ReturnType<typeof recordingNotifier>;
  let scheduler: ReturnType<typeof createScheduler>;

  beforeEach(async () => {
    db = await createTestDatabase(kind);
    h = await schedulerHarness(db);
    rec = recordingNotifier();
    scheduler = createScheduler({
      deps: { prisma: db.prisma, clock: h.clock, logger: silent },
      notifiers: [rec.notifier],
      logger: silent,
    });
  });
  afterEach(async () => {
    await db?.close();
  });

  it("reminds at 09:00 Stockholm on both sides of the October DST shift, once per reminder", async () => {
    await h.digestOn();
    await h.setDue(13, "2027-11-01"); // Monday after the shift; Anna Fogel owns 13
    const id13 = (await h.activity(13)).id;
    const anna = await h.memberId("Anna Fogel");
    // This week's digest (Monday 25th at 08:30) is caught up by the first sweep of the week.
    expect((await scheduler.sweep(at("2027-10-29T06:59:00Z"))).byKind).toEqual({ digest: 1 });
    // Friday 29 October, 3 days before (Sunday 31st → Friday): 09:00 CEST is 07:00Z.
    const first = await scheduler.sweep(at("2027-10-29T07:00:00Z"));
    expect(first.byKind).toEqual({ reminder: 1 });
    expect((await h.outbox()).filter((r) => r.kind === "reminder").map((r) => r.dedupeKey)).toEqual([
      `reminder:${id13}:2027-11-01:3|member:${anna}`,
    ]);
    expect((await scheduler.sweep(at("2027-10-29T07:05:00Z"))).enqueued).toBe(0);

    expect((await scheduler.dispatch(at("2027-10-29T07:05:00Z"))).sent).toBe(2);
    expect((await scheduler.dispatch(at("2027-10-29T07:06:00Z"))).claimed).toBe(0);
    expect(rec.deliveries.map((d) => d.to)).toEqual(["channel:C1", "member:Anna Fogel"]);
    expect(rec.deliveries[1]?.text).toContain(
      "Påminnelse: aktivitet 13 har deadline om 3 dagar, 1 nov 2027.",
    );
    expect(rec.deliveries[1]?.reply.blocks.some((b) => b.type === "actions")).toBe(true);

    // Monday 1 November, standard time: the digest at 08:30 CET (07:30Z), the reminder at 09:00 CET (08:00Z).
    expect((await scheduler.sweep(at("2027-11-01T07:29:00Z"))).enqueued).toBe(0);
    expect((await scheduler.sweep(at("2027-11-01T07:30:00Z"))).byKind).toEqual({ digest: 1 });
    expect((await scheduler.sweep(at("2027-11-01T07:59:00Z"))).enqueued).toBe(0);
    expect((await scheduler.sweep(at("2027-11-01T08:00:00Z"))).byKind).toEqual({ reminder: 1 });
  });

  it("reminds at 09:00 Stockholm on both sides of the March DST shift", async () => {
    await h.digestOn();
    await h.setDue(12, "2026-03-30"); // Monday after the shift (29 March 2026); Elisabeth Rapp owns 12
    await scheduler.sweep(at("2026-03-23T07:30:00Z")); // that week's digest, out of the way
    expect((await scheduler.sweep(at("2026-03-27T07:59:00Z"))).enqueued).toBe(0); // Friday, 08:59 CET
    expect((await scheduler.sweep(at("2026-03-27T08:00:00Z"))).byKind).toEqual({ reminder: 1 });
    expect((await scheduler.sweep(at("2026-03-30T06:59:00Z"))).byKind).toEqual({ digest: 1 }); // 08:59 CEST
    expect((await scheduler.sweep(at("2026-03-30T07:00:00Z"))).byKind).toEqual({ reminder: 1 });
  });

  it("moves a reminder off midsommarafton to Thursday, and leaves a member who typed `tyst` alone", async () => {
    await h.setDue(14, "2027-06-28"); // owners Tina Modin and Helena Astvald
    const quiet = await h.run("Tina Modin", "tyst till 2027-06-30");
    expect(quiet.tone).toBe("success");
    expect(quiet.text).toContain("till och med onsdag 30 juni 2027");

    const thursday = await scheduler.sweep(at("2027-06-24T07:00:00Z"));
    expect(thursday.byKind).toEqual({ reminder: 1 });
    expect((await scheduler.sweep(at("2027-06-25T07:00:00Z"))).enqueued).toBe(0); // midsommarafton
    await scheduler.dispatch(at("2027-06-25T07:00:00Z"));
    expect(rec.deliveries.map((d) => d.to)).toEqual(["member:Helena Astvald"]);

    expect((await h.run("Tina Modin", "tyst av")).text).toContain("Välkommen tillbaka");
    // Monday 28 June, the day itself: both owners (and the Monday digest, earlier at 08:30).
    await h.digestOn();
    const monday = await scheduler.sweep(at("2027-06-28T07:00:00Z"));
    expect(monday.byKind).toEqual({ digest: 1, reminder: 2 });
  });

  it("sends once a row whose process died after writing it and again after claiming it", async () => {
    await h.setDue(13, "2027-11-01");
    await scheduler.sweep(at("2027-10-29T07:00:00Z"));
    // A dispatcher claims the row and dies before delivering: the row is `sending`, leased for 5 minutes.
    const claimed = await claimDue(db.prisma, at("2027-10-29T07:00:30Z"));
    expect(claimed).toHaveLength(1);
    expect((await scheduler.dispatch(at("2027-10-29T07:02:00Z"))).claimed).toBe(0);
    expect(rec.deliveries).toHaveLength(0);
    // After the lease, the next dispatcher sends it, once.
    expect((await scheduler.dispatch(at("2027-10-29T07:05:31Z"))).sent).toBe(1);
    expect((await scheduler.dispatch(at("2027-10-29T08:00:00Z"))).claimed).toBe(0);
    expect(rec.deliveries).toHaveLength(1);
    const [row] = await h.outbox();
    expect(row).toMatchObject({ state: "sent", attempts: 2 });
    expect(row?.sentAt?.toISOString()).toBe("2027-10-29T07:05:31.000Z");
  });

  it("retries with backoff, honours Retry-After, and gives up after a bounded number of attempts with one log line", async () => {
    const { logger, lines } = capturingLogger();
    const s = createScheduler({
      deps: { prisma: db.prisma, clock: h.clock, logger },
      notifiers: [rec.notifier],
      logger,
    });
    const target = { type: "channel" as const, groupId: h.group.id, bindingId: h.binding.id };
    const reply = {
      tone: "info" as const,
      visibility: "channel" as const,
      blocks: [{ type: "text" as const, text: "Hej" }],
    };
    const t0 = at("2027-05-03T08:00:00Z");
    await enqueue(
      db.prisma,
      [{ kind: "digest", dedupeKey: "test:a", groupId: h.group.id, target, reply }],
      t0,
    );

    rec.respondWith(() => ({ ok: false, permanent: false, retryAfterMs: 300_000, reason: "ratelimited" }));
    expect((await s.dispatch(t0)).retried).toBe(1);
    expect((await h.outbox())[0]?.nextAttemptAt.toISOString()).toBe("2027-05-03T08:05:00.000Z");
    expect((await s.dispatch(at("2027-05-03T08:04:59Z"))).claimed).toBe(0);
    rec.respondWith(() => ({ ok: true }));
    expect((await s.dispatch(at("2027-05-03T08:05:00Z"))).sent).toBe(1);

    await enqueue(
      db.prisma,
      [{ kind: "digest", dedupeKey: "test:b", groupId: h.group.id, target, reply }],
      t0,
    );
    rec.respondWith(() => ({ ok: false, permanent: false, reason: "timeout" }));
    let now = t0;
    const delays: number[] = [];
    for (let i = 0; i < 10; i++) {
      await s.dispatch(now);
      const row = (await h.outbox()).find((r) => r.dedupeKey === "test:b");
      if (row?.state !== "pending") break;
      delays.push((row.nextAttemptAt.getTime() - now.getTime()) / 60_000);
      now = row.nextAttemptAt;
    }
    expect(delays).toEqual([1, 2, 4, 8, 16]);
    const failed = (await h.outbox()).find((r) => r.dedupeKey === "test:b");
    expect(failed).toMatchObject({ state: "failed", attempts: 6, lastError: "timeout" });
    expect(lines.filter((l) => l.msg === "notification given up")).toHaveLength(1);
    expect((await s.dispatch(at("2027-06-01T00:00:00Z"))).claimed).toBe(0);
  });

  it("gives up on a row whose every dispatcher died holding it, instead of claiming it forever", async () => {
    const target = { type: "channel" as const, groupId: h.group.id, bindingId: h.binding.id };
    const reply = {
      tone: "info" as const,
      visibility: "channel" as const,
      blocks: [{ type: "text" as const, text: "Hej" }],
    };
    const t0 = at("2027-05-03T08:00:00Z").getTime();
    await enqueue(
      db.prisma,
      [{ kind: "digest", dedupeKey: "test:poison", groupId: h.group.id, target, reply }],
      new Date(t0),
    );
    for (let i = 0; i < 6; i++) expect(await claimDue(db.prisma, new Date(t0 + i * 301_000))).toHaveLength(1);
    const last = await scheduler.dispatch(new Date(t0 + 6 * 301_000));
    expect(last).toMatchObject({ claimed: 1, failed: 1, sent: 0 });
    expect(rec.deliveries).toHaveLength(0);
    expect((await h.outbox())[0]).toMatchObject({ state: "failed", attempts: 7 });
  });

  it("deactivates the binding of a deleted channel and stops posting there", async () => {
    const target = { type: "channel" as const, groupId: h.group.id, bindingId: h.binding.id };
    const reply = {
      tone: "info" as const,
      visibility: "channel" as const,
      blocks: [{ type: "text" as const, text: "Hej" }],
    };
    await enqueue(
      db.prisma,
      [{ kind: "digest", dedupeKey: "test:c", groupId: h.group.id, target, reply }],
      at("2027-05-03T08:00:00Z"),
    );
    rec.respondWith(() => ({
      ok: false,
      permanent: true,
      deactivateBinding: true,
      reason: "channel_not_found",
    }));
    expect((await scheduler.dispatch(at("2027-05-03T08:00:00Z"))).failed).toBe(1);
    expect((await db.prisma.channelBinding.findUniqueOrThrow({ where: { id: h.binding.id } })).active).toBe(
      false,
    );
    // The next digest has no channel to go to (it is recorded, and skipped by a chat-only dispatcher).
    await h.setDue(13, "2027-05-05");
    await h.digestOn();
    await scheduler.sweep(at("2027-05-10T07:00:00Z"));
    expect(
      (await h.outbox()).filter((r) => r.dedupeKey.startsWith("digest:")).map((r) => r.dedupeKey),
    ).toEqual([`digest:${h.group.id}:2027-W19|channel:none`]);
    expect((await scheduler.dispatch(at("2027-05-10T07:00:00Z"))).skipped).toBe(1);
  });

  it("falls back to a mention in the channel when a platform cannot write to the member directly", async () => {
    rec.noDirectMessages();
    await h.setDue(13, "2027-11-01");
    await scheduler.tick(at("2027-10-29T07:00:00Z"));
    expect(rec.deliveries.map((d) => d.to)).toEqual(["channel:C1"]);
    expect(rec.deliveries[0]?.text).toMatch(/^Till Anna Fogel:\nPåminnelse: aktivitet 13/);
  });

  it("catches up once after a week down: the agenda and this week's digest, no stale reminders", async () => {
    await h.setDue(13, "2027-03-08"); // reminders Fri 5th (3 days) and Mon 8th (the day): both missed
    await h.setDue(14, "2027-03-19"); // 14 days before: Fri 5th, missed
    await h.digestOn();
    const meeting = await db.prisma.meeting.create({
      data: {
        groupId: h.group.id,
        title: "Samverkansrådet",
        startsAt: instantAt("2027-03-11", "18:00", "Europe/Stockholm"),
        place: "Föreningarnas hus",
      },
    });
    // Last run Tuesday 2 March (that week's digest went out); back on Wednesday 10 March at 10:00.
    await scheduler.tick(at("2027-03-02T09:00:00Z"));
    expect((await h.outbox()).map((r) => r.dedupeKey)).toEqual([
      `digest:${h.group.id}:2027-W09|channel:${h.binding.id}`,
    ]);
    rec.deliveries.length = 0;
    const back = await scheduler.tick(at("2027-03-10T09:00:00Z"));
    expect(back.sweep.byKind).toEqual({ agenda: 1, digest: 1 });
    expect(back.dispatch.sent).toBe(2);
    expect((await h.outbox()).map((r) => r.dedupeKey).sort()).toEqual([
      `agenda:${meeting.id}|channel:${h.binding.id}`,
      `digest:${h.group.id}:2027-W09|channel:${h.binding.id}`,
      `digest:${h.group.id}:2027-W10|channel:${h.binding.id}`,
    ]);
    const digest = rec.deliveries.find((d) => d.text.includes("Veckans läge"));
    expect(digest?.text).toMatch(/Försenade[\s\S]*13\. Se över föreningsregistret/);
    expect(digest?.text).toMatch(/Deadline inom 14 dagar[\s\S]*14\./);
    // Running again (a second replica, or the next minute) adds nothing.
    expect((await scheduler.tick(at("2027-03-10T09:01:00Z"))).sweep.enqueued).toBe(0);
    expect(rec.deliveries).toHaveLength(2);
    // The meeting day: the short reminder, since the agenda went out the day before.
    expect((await scheduler.sweep(at("2027-03-11T08:00:00Z"))).byKind).toEqual({ "meeting-day": 1 });
  });

  it("posts an agenda caught up on the meeting day without a second, short reminder", async () => {
    await db.prisma.meeting.create({
      data: {
        groupId: h.group.id,
        title: "Samverkansrådet",
        startsAt: instantAt("2027-03-11", "18:00", "Europe/Stockholm"),
      },
    });
    expect((await scheduler.sweep(at("2027-03-11T09:00:00Z"))).byKind).toEqual({ agenda: 1 });
    expect((await scheduler.sweep(at("2027-03-11T09:05:00Z"))).enqueued).toBe(0);
  });

  it("builds the agenda like the council's minutes, carries over unhandled items and follows up after the meeting", async () => {
    h.clock.set("2027-04-01T08:00:00Z");
    expect((await h.run("Anna Fogel", "möte 2027-04-20 kl. 18-20 på Föreningarnas hus")).tone).toBe(
      "success",
    );
    expect((await h.run("KG Granberg", "agenda lägg till Riktlinjer för lokaler")).tone).toBe("success");
    expect((await h.run("Tina Modin", "status 14 pågår Påbörjat")).tone).toBe("success");
    await h.setDue(13, "2027-04-19");
    await h.setDue(12, "2027-03-01");

    // The sweep gathers agendas in bulk; the `agenda` command one group at a time: the same agenda.
    const asOf = at("2027-04-16T07:00:00Z");
    const ctx = (await loadGroupContexts(db.prisma, asOf, () => {})).find((c) => c.group.id === h.group.id);
    const meeting = await db.prisma.meeting.findFirstOrThrow({
      where: { groupId: h.group.id, startsAt: { gt: asOf } },
    });
    const bulk = await gatherAgendas(db.prisma, [{ ctx: ctx as GroupContext, meeting }], asOf);
    const single = await gatherAgenda(db.prisma, h.group, ctx?.plan as PlanRef, asOf, "2027-04-16");
    // (Owners added in the same instant have no defined order in gatherAgenda, so compare them as sets.)
    const ownersSorted = (a: unknown) =>
      JSON.parse(JSON.stringify(a), (k, v) => (k === "owners" && Array.isArray(v) ? [...v].sort() : v));
    expect(ownersSorted(bulk.get(h.group.id))).toEqual(ownersSorted(single));
    expect(single.changedSincePrevious.map((a) => a.number)).toEqual([14]);
    expect(single.proposed).toHaveLength(3);

    // 20 April is a Tuesday: 3 days before is Saturday, so the agenda comes on Friday 16th at 09:00 CEST.
    expect((await scheduler.sweep(at("2027-04-16T06:59:00Z"))).byKind.agenda).toBeUndefined();
    const posted = await scheduler.tick(at("2027-04-16T07:00:00Z"));
    expect(posted.sweep.byKind.agenda).toBe(1);
    // The row names its meeting in its own column (what "handled" and the meeting-day rule read).
    const agendaRow = await db.prisma.outboxMessage.findFirstOrThrow({
      where: { kind: "agenda", groupId: h.group.id, meetingId: meeting.id },
    });
    expect(agendaRow.dedupeKey.startsWith(`agenda:${meeting.id}|`)).toBe(true);
    const agenda = rec.deliveries.find((d) => d.to === "channel:C1" && d.text.includes("Dagordning"));
    expect(agenda?.reply.visibility).toBe("channel");
    const text = agenda?.text ?? "";
    const order = [
      "Dagordning: Samverkansrådet Örebro 20 apr 2027",
      "1. Föregående minnesanteckningar",
      "Från Samverkansrådet 1 feb 2027", // the demo's third meeting, ten weeks after it was loaded
      "2. Föreslagna punkter",
      "Kartläggning av samverkan", // proposed for the demo's December meeting, never posted: carried over
      "Riktlinjer för lokaler (KG Granberg)",
      "3. Aktiviteter med ändrad status sedan förra mötet",
      "14. ",
      "4. Försenade aktiviteter",
      "12. ",
      "5. Ska vara klart före nästa möte",
      "13. ",
      "6. Övriga frågor",
      "7. Nästa möte",
      "Bestäms på mötet.",
    ];
    let from = 0;
    for (const part of order) {
      const i = text.indexOf(part, from);
      expect(i, part).toBeGreaterThanOrEqual(0);
      from = i;
    }

    h.clock.set("2027-04-17T10:00:00Z");
    await h.run("Helena Astvald", "agenda lägg till Sent förslag");
    // During the meeting one point is marked handled; only that one counts as handled.
    h.clock.set("2027-04-20T16:30:00Z");
    // (The agenda's third point: Kartläggning and the demo's working group come first.)
    expect((await h.run("Anna Fogel", "agenda klar 3")).text).toContain("”Riktlinjer för lokaler”");
    const after = await scheduler.sweep(at("2027-04-21T07:00:00Z"));
    expect(after.byKind).toEqual({ followup: 2 }); // 12 (Elisabeth Rapp) and 13 (Anna Fogel), now overdue
    const followUps = await db.prisma.outboxMessage.findMany({
      where: { kind: "followup", groupId: h.group.id },
    });
    expect(followUps.map((r) => r.meetingId)).toEqual([meeting.id, meeting.id]);
    // The day after: the points not reached, and the late one, carry over to the next meeting.
    const open = await db.prisma.agendaItem.findMany({
      where: { groupId: h.group.id, handledAt: null },
      orderBy: { id: "asc" },
    });
    expect(open).toHaveLength(3);
    expect(open.map((i) => i.text)).not.toContain("Riktlinjer för lokaler");
    expect(open.map((i) => i.text)).toContain(
      "Kartläggning av samverkan mellan civila samhället och kommunen: hur tar vi tillvara resultatet?",
    );
    expect(open.map((i) => i.text)).toContain("Sent förslag");
    h.clock.set("2027-04-21T07:00:00Z");
    const next = await h.run("Anna Fogel", "agenda");
    for (const point of open) expect(next.text).toContain(point.text);
    expect(next.text).not.toContain("Riktlinjer för lokaler (KG Granberg)");
    await scheduler.dispatch(at("2027-04-21T07:00:00Z"));
    const followUp = rec.deliveries.find((d) => d.to === "member:Elisabeth Rapp");
    expect(followUp?.text).toContain("Efter Samverkansrådet Örebro 20 apr 2027: aktivitet 12 är försenad");
  });

  it("counts an activity reported försenad as overdue in the digest and the follow-up, before its deadline", async () => {
    h.clock.set("2027-04-01T08:00:00Z");
    expect((await h.run("Anna Fogel", "möte 2027-04-20 kl. 18-20")).tone).toBe("success");
    await h.setDue(14, "2027-04-30"); // owners Tina Modin and Helena Astvald; within the digest's 14 days
    expect((await h.run("Tina Modin", "status 14 försenad Väntar på en lokal")).tone).toBe("success");
    const id14 = (await h.activity(14)).id;
    await h.digestOn();

    // Monday 19 April, 08:30 CEST: 14 is under Försenade, and not again under the deadlines ahead.
    await scheduler.tick(at("2027-04-19T06:30:00Z"));
    const digest = rec.deliveries.find((d) => d.text.includes("Veckans läge"))?.text ?? "";
    const overdue = digest.slice(digest.indexOf("Försenade"));
    expect(digest).toContain("Försenade");
    expect(overdue).toContain("14. Skapa en arbetsgrupp");
    expect(digest.slice(0, digest.indexOf("Försenade"))).not.toContain("14. Skapa en arbetsgrupp");

    // The next working day after the meeting, its owners are asked how it goes.
    await scheduler.sweep(at("2027-04-21T07:00:00Z"));
    await scheduler.dispatch(at("2027-04-21T07:00:00Z"));
    for (const owner of ["Tina Modin", "Helena Astvald"]) {
      const toOwner = rec.deliveries.filter((d) => d.to === `member:${owner}` && d.text.includes("Efter "));
      expect(toOwner, owner).toHaveLength(1);
      expect(toOwner[0]?.text).toContain("14. Skapa en arbetsgrupp");
    }
    expect(id14).toBeGreaterThan(0);
  });

  it("after a meeting sends each person one message listing all of their overdue activities", async () => {
    h.clock.set("2027-04-01T08:00:00Z");
    expect((await h.run("Anna Fogel", "möte 2027-04-20 kl. 18-20")).tone).toBe("success");
    // Anna Fogel owns 13; make her responsible for 14 too, and both overdue by the meeting.
    expect((await h.run("Anna Fogel", "ansvarig 14 Anna Fogel")).tone).toBe("success");
    await h.setDue(13, "2027-04-10");
    await h.setDue(14, "2027-04-12");

    const after = await scheduler.sweep(at("2027-04-21T07:00:00Z"));
    await scheduler.dispatch(at("2027-04-21T07:00:00Z"));
    const toAnna = rec.deliveries.filter((d) => d.to === "member:Anna Fogel" && d.text.includes("Efter "));
    expect(toAnna).toHaveLength(1);
    const text = toAnna[0]?.text ?? "";
    expect(text).toContain("aktiviteter som du är ansvarig för är försenade");
    expect(text).toContain("13. ");
    expect(text).toContain("14. ");
    // One row per person in the outbox, never one per activity; a second sweep adds nothing.
    const rows = (await h.outbox()).filter((r) => r.kind === "followup");
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(rows.length);
    const anna = await h.memberId("Anna Fogel");
    expect(rows.filter((r) => r.dedupeKey.endsWith(`member:${anna}`))).toHaveLength(1);
    expect(after.byKind.followup).toBe(rows.length);
    expect((await scheduler.sweep(at("2027-04-21T09:00:00Z"))).byKind.followup ?? 0).toBe(0);
  });

  it("shows and changes the settings through the executor, coordinators only, and the sweep obeys them", async () => {
    await h.digestOn();
    const shown = await h.run("Tina Modin", "påminnelser");
    expect(shown.text).toContain(
      "14 dagar före, 3 dagar före och på dagen, sedan en gång i veckan så länge den är försenad, kl. 09:00",
    );
    expect(shown.text).toContain("måndagar kl. 08:30");
    const refused = await h.run("Tina Modin", "påminnelser av");
    expect(refused.tone).toBe("error");
    expect(refused.text).toContain(
      "Bara samordnare och administratörer kan slå på eller av gruppens påminnelser",
    );

    expect((await h.run("Anna Fogel", "påminnelser dagar 7,1")).text).toContain(
      "7 dagar före och 1 dag före",
    );
    expect((await h.run("Anna Fogel", "agenda dagar 5")).tone).toBe("success");
    expect((await h.run("Anna Fogel", "digest av")).text).toContain("Veckobrevet är av");
    const stored = await db.prisma.group.findUniqueOrThrow({ where: { id: h.group.id } });
    expect(stored.settings).toMatchObject({
      reminders: { daysBefore: [7, 1], enabled: true },
      agenda: { daysBefore: 5 },
      digest: { enabled: false },
    });

    await h.setDue(13, "2027-05-12"); // Wednesday
    expect((await scheduler.sweep(at("2027-04-28T07:00:00Z"))).enqueued).toBe(0); // 14 days: no longer
    expect((await scheduler.sweep(at("2027-05-03T07:00:00Z"))).enqueued).toBe(0); // Monday: digest off
    expect((await scheduler.sweep(at("2027-05-05T07:00:00Z"))).byKind).toEqual({ reminder: 1 }); // 7 days
    expect((await h.run("Anna Fogel", "påminnelser av")).tone).toBe("success");
    expect((await scheduler.sweep(at("2027-05-11T07:00:00Z"))).enqueued).toBe(0); // 1 day, but off
  });

  it("start() catches up at once and stop() waits for that tick; a second start() adds no schedule", async () => {
    await h.setDue(13, "2027-11-01");
    h.clock.set("2027-10-29T07:00:00Z");
    scheduler.start();
    scheduler.start();
    await scheduler.stop();
    expect(rec.deliveries.map((d) => d.to)).toEqual(["member:Anna Fogel"]);
    await scheduler.stop(); // stopping twice is harmless
  });

  it("`tyst` pauses, refuses a past date, shows in the settings, and `tyst av` resumes", async () => {
    const past = await h.run("Tina Modin", "tyst till 2020-01-01");
    expect(past.tone).toBe("error");
    expect(past.text).toContain("1 jan 2020 har redan varit");
    expect((await h.run("Tina Modin", "tyst")).text).toContain("pausade tills du skriver tyst av");
    const tina = await db.prisma.member.findUniqueOrThrow({ where: { id: await h.memberId("Tina Modin") } });
    expect(tina.quietUntil?.toISOString().slice(0, 10)).toBe("2999-12-31");
    expect((await h.run("Tina Modin", "påminnelser")).text).toContain("Dina påminnelser är pausade");
    expect((await h.run("Tina Modin", "tyst av")).text).toContain("Välkommen tillbaka");
    expect((await h.run("Tina Modin", "tyst av")).text).toContain("redan på");
  });

  it("forgets processed deliveries after a week, and keeps the recent ones", async () => {
    const now = at("2027-06-01T09:00:00Z");
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const delivery = (key: string, createdAt: Date) => ({
      key,
      source: "slack" as const,
      command: { kind: "agenda_add", text: key },
      reply: {},
      createdAt,
    });
    await db.prisma.processedDelivery.createMany({
      data: [delivery("prune:old", daysAgo(8)), delivery("prune:recent", daysAgo(6))],
    });
    await scheduler.tick(now);
    const left = await db.prisma.processedDelivery.findMany({
      where: { key: { startsWith: "prune:" } },
      select: { key: true },
    });
    expect(left).toEqual([{ key: "prune:recent" }]);
  });

  it("forgets rows decided more than 90 days ago, a batch per tick, and keeps the rest", async () => {
    const now = at("2027-06-01T09:00:00Z");
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
    const row = (key: string, state: "pending" | "sent" | "failed" | "skipped", nextAttemptAt: Date) => ({
      kind: "reminder",
      target: { platform: "slack", channel: "C1" },
      dedupeKey: key,
      payload: {},
      state,
      nextAttemptAt,
    });
    await db.prisma.outboxMessage.createMany({
      data: [
        row("old-sent", "sent", daysAgo(91)),
        row("old-failed", "failed", daysAgo(120)),
        row("old-skipped", "skipped", daysAgo(365)),
        row("recent-sent", "sent", daysAgo(89)),
        // Never delivered: kept whatever its age, the dispatcher still owes it.
        row("old-pending", "pending", daysAgo(200)),
        ...Array.from({ length: PRUNE_BATCH + 5 }, (_, i) => row(`bulk-${i}`, "sent", daysAgo(100))),
      ],
    });
    const first = await scheduler.tick(now);
    expect(first.pruned).toBe(PRUNE_BATCH);
    const second = await scheduler.tick(now);
    expect(second.pruned).toBe(8);
    expect((await scheduler.tick(now)).pruned).toBe(0);
    const left = await db.prisma.outboxMessage.findMany({
      where: { dedupeKey: { in: ["old-sent", "old-failed", "old-skipped", "recent-sent", "old-pending"] } },
      orderBy: { dedupeKey: "asc" },
    });
    expect(left.map((r) => r.dedupeKey)).toEqual(["old-pending", "recent-sent"]);
  });
});
