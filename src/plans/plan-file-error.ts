// A file that cannot be read as a plan at all. It carries the coded refusal; its message is the one
// Swedish text the core gives that refusal, so a library's English never reaches the person.
import { type PlanFileRefusal, planFileRefusalText } from "../core/plan-sheet/plan-file-refusal.ts";

export class PlanFileError extends Error {
  override readonly name = "PlanFileError";

  readonly refusal: PlanFileRefusal;

  constructor(refusal: PlanFileRefusal) {
    super(planFileRefusalText(refusal));
    this.refusal = refusal;
  }
}
