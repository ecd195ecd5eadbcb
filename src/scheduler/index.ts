// The scheduler: sweeps (what is due as of now → outbox) and dispatches (outbox → platforms). In the
// running bot node-cron ticks every minute in Europe/Stockholm time; each tick is "as of now", so a
// minute missed (or a week, while the bot was down) is caught up by the next one. Ticks never overlap
// in one process; across replicas the outbox's unique keys and row locks keep each message single.
import cron, { type ScheduledTask } from "node-cron";
import type { Logger } from "pino";
import { pruneDeliveries } from "../services/deliveries.ts";
import type { ServiceDeps } from "../services/deps.ts";
import type { Notifier } from "../services/notifier.ts";
import { pruneOutbox } from "../services/outbox.ts";
import { createDispatcher, type DispatchOptions, type DispatchResult } from "./dispatch.ts";
import { type SweepResult, sweep } from "./sweep.ts";

export type { DispatchResult } from "./dispatch.ts";
export type { SweepResult } from "./sweep.ts";

/** Every minute; the sweep decides what is due, so the cron expression holds no schedule of its own. */
export const TICK_CRON = "* * * * *";
export const SCHEDULER_TIME_ZONE = "Europe/Stockholm";

export interface SchedulerOptions {
  deps: ServiceDeps;
  notifiers: Notifier[];
  logger: Logger;
  dispatch?: DispatchOptions;
}

export interface Scheduler {
  sweep(now: Date): Promise<SweepResult>;
  dispatch(now: Date): Promise<DispatchResult>;
  /** Sweep, dispatch, then forget rows decided more than OUTBOX_KEEP_DAYS ago. */
  tick(now: Date): Promise<{ sweep: SweepResult; dispatch: DispatchResult; pruned: number }>;
  /** Ticks once at once (catching up what was missed while down), then every minute. */
  start(): void;
  /** Stops the schedule and waits for a tick in progress. */
  stop(): Promise<void>;
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { deps, notifiers } = options;
  const logger = options.logger.child({ component: "scheduler" });
  const dispatcher = createDispatcher(deps.prisma, notifiers, logger);
  let task: ScheduledTask | undefined;
  let running: Promise<unknown> | undefined;

  const scheduler: Scheduler = {
    sweep: (now) => sweep(deps.prisma, logger, now),
    dispatch: (now) => dispatcher.dispatch(now, options.dispatch),
    async tick(now) {
      const swept = await scheduler.sweep(now);
      const dispatched = await scheduler.dispatch(now);
      const pruned = await pruneOutbox(deps.prisma, now);
      if (pruned > 0) logger.info({ pruned }, "old outbox rows removed");
      const forgotten = await pruneDeliveries(deps.prisma, now);
      if (forgotten > 0) logger.info({ forgotten }, "old processed deliveries removed");
      return { sweep: swept, dispatch: dispatched, pruned };
    },
    start() {
      if (task) return;
      const runOnce = () => {
        if (running) return running; // never two ticks at once in this process
        running = scheduler
          .tick(deps.clock.now())
          .catch((error: unknown) => logger.error({ err: error }, "scheduler tick failed"))
          .finally(() => {
            running = undefined;
          });
        return running;
      };
      task = cron.schedule(TICK_CRON, () => runOnce(), {
        timezone: SCHEDULER_TIME_ZONE,
        name: "lok-scheduler",
        noOverlap: true,
      });
      void runOnce();
      logger.info({ cron: TICK_CRON, timeZone: SCHEDULER_TIME_ZONE }, "scheduler started");
    },
    async stop() {
      const t = task;
      task = undefined;
      if (t) await t.destroy();
      await running;
    },
  };
  return scheduler;
}
