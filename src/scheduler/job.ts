// One scheduler job: a kind of notification with its own rule for when it is due. A sweep reads what
// every job needs once, in bulk (sweep-data.ts), then asks each job, group by group, what is due.
import type { Agenda } from "../core/replies/meeting-replies.ts";
import type { Meeting } from "../db/generated/client.ts";
import type { ActivityRow } from "../db/sql/activities.ts";
import type { RoundState } from "../services/follow-up-round.ts";
import type { Candidate } from "./candidate.ts";
import type { GroupContext, MemberInfo } from "./sweep-context.ts";
import type { TaskRow } from "./task-data.ts";

/** What a sweep knows about one group. */
export interface GroupSweep {
  ctx: GroupContext;
  /** The council's next meeting (starting after now) and its latest one that has started. */
  next?: Meeting;
  last?: Meeting;
  /** The coming meetings of the group's working groups: they get a meeting-day reminder only. */
  workingGroupMeetings: Meeting[];
  /** When the next meeting's agenda was first written to the outbox, if it was. */
  agendaPostedAt?: Date;
  /** The week whose digest is due now, and since when "updated" counts. */
  digest?: { week: string; since: Date };
  /** The activities of the group's plan that any job can be about (sweep-data.ts says which). */
  rows: ActivityRow[];
  /** The group's open tasks with a date and a member to remind (task-data.ts). */
  tasks: TaskRow[];
  /** The group's open follow-up round, with what each member has answered. */
  round?: RoundState;
}

/** What a sweep knows about all groups. */
export interface Sweep {
  now: Date;
  groups: GroupSweep[];
  /** Members who own one of the rows or are given one of the tasks, by id. */
  members: ReadonlyMap<number, MemberInfo>;
  /** The agenda of the group's next meeting as of now; gathered in bulk, on first use. */
  agendaOf(groupId: number): Promise<Agenda>;
}

export interface SchedulerJob {
  readonly name: string;
  /** The notifications this job finds due now for one group, in the order they are to go out. */
  due(group: GroupSweep, sweep: Sweep): Candidate[];
}
