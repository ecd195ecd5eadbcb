// What a Socket Mode message must look like before the Socket Mode client dispatches it. The client
// reads `payload.event.type` of an events_api envelope without looking, so `event: null` threw inside
// its message handler, an unhandled rejection that ended the whole process; other shapes reached Bolt
// as bodies it could not type and were never acked, so Slack delivered them again.

/** Envelopes from Slack that carry nothing to dispatch. */
const CONTROL_TYPES = new Set(["hello", "disconnect"]);
/** Envelopes that carry a payload for the app, and what their payload must have. */
const PAYLOAD_TYPES: Record<string, (payload: Record<string, unknown>) => string | undefined> = {
  events_api: (p) =>
    isObject(p.event) && typeof p.event.type === "string" ? undefined : "event without a type",
  slash_commands: (p) => (typeof p.command === "string" ? undefined : "slash command without a command"),
  interactive: (p) => (typeof p.type === "string" ? undefined : "interaction without a type"),
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export type EnvelopeCheck =
  | { ok: true }
  /** `envelopeId` when the envelope had one, so that it can be acked and not delivered again. */
  | { ok: false; problem: string; type?: string; envelopeId?: string };

export function checkEnvelope(data: string): EnvelopeCheck {
  let envelope: unknown;
  try {
    envelope = JSON.parse(data);
  } catch {
    return { ok: false, problem: "not JSON" };
  }
  if (!isObject(envelope)) return { ok: false, problem: "not an object" };
  const type = typeof envelope.type === "string" ? envelope.type : undefined;
  if (type && CONTROL_TYPES.has(type)) return { ok: true };
  const envelopeId = typeof envelope.envelope_id === "string" ? envelope.envelope_id : undefined;
  const refuse = (problem: string): EnvelopeCheck => ({
    ok: false,
    problem,
    ...(type ? { type } : {}),
    ...(envelopeId ? { envelopeId } : {}),
  });
  const payloadProblem = type ? PAYLOAD_TYPES[type] : undefined;
  if (!payloadProblem) return refuse("unknown type");
  if (!envelopeId) return refuse("no envelope_id");
  if (!isObject(envelope.payload)) return refuse("no payload");
  const problem = payloadProblem(envelope.payload);
  return problem ? refuse(problem) : { ok: true };
}
