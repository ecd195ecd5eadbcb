// `hjälp [kommando]`.
import { helpReply } from "../../core/replies/help-reply.js";
import type { Handler } from "./handler.js";

export const help: Handler<"help"> = async (cmd) => helpReply(cmd.topic);
