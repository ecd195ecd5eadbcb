// A door that keeps what it was asked and what it answered, so a test can compare what the core
// decided for each surface, apart from how the surface showed it.
import type { Outcome } from "../../src/core/outcome.ts";
import type { Door, Incoming } from "../../src/services/conversation.ts";

export interface Knock {
  incoming: Incoming;
  outcome: Outcome;
}

export interface RecordingDoor extends Door {
  knocks: Knock[];
}

export function recordingDoor(door: Door): RecordingDoor {
  const knocks: Knock[] = [];
  return {
    knocks,
    async handle(incoming) {
      const outcome = await door.handle(incoming);
      knocks.push({ incoming, outcome });
      return outcome;
    },
    announce: (outcome, incoming) => door.announce(outcome, incoming),
  };
}
