// A file that cannot be read as a plan at all. It carries the coded refusal, which the command says in
// the reader's language (`imports.refusal`), so a library's English never reaches the person; the
// message is only for logs.
import type { PlanFileRefusal } from "../core/plan-sheet/plan-file-refusal.ts";

export class PlanFileError extends Error {
  override readonly name = "PlanFileError";

  readonly refusal: PlanFileRefusal;

  constructor(refusal: PlanFileRefusal) {
    super(`plan file refused: ${refusal.code}`);
    this.refusal = refusal;
  }
}
