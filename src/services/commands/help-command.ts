// `hjälp [kommando]`.
import { helpReply } from "../../core/replies/help-reply.ts";
import type { Handler } from "./handler.ts";

export const help: Handler<"help"> = async (cmd, env) => helpReply(env.texts, cmd.topic);
