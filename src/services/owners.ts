// An activity's owners: one row per (activity, member), its primary key. Adding someone who is an
// owner already, or removing someone who is not, changes nothing and says so; of ten people adding
// the same owner at once one row is stored (ON CONFLICT waits for a concurrent insert of the same key
// and then skips it), and nobody meets a unique violation.
import type { Db } from "./deps.ts";

/** True when the member became an owner now, false when they were one already. */
export async function addOwner(db: Db, activityId: number, memberId: number): Promise<boolean> {
  const { count } = await db.activityOwner.createMany({
    data: [{ activityId, memberId }],
    skipDuplicates: true,
  });
  return count > 0;
}

/** True when the member was an owner and is not now, false when they were not one. */
export async function removeOwner(db: Db, activityId: number, memberId: number): Promise<boolean> {
  const { count } = await db.activityOwner.deleteMany({ where: { activityId, memberId } });
  return count > 0;
}
