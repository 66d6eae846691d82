import type { webApi } from "@slack/bolt";
import type { Actor } from "../../../src/ports/actor.js";
import type { Core } from "../../../src/ports/core.js";
import { textMessage } from "../../../src/ui/message-builder.js";
import { callWithRetryAfter } from "../call-with-retry-after.js";
import { renderBlocks, type SlackBlock } from "../render/render-blocks.js";
import { blockTextLength } from "../render/render-message.js";
import { SLACK_LIMITS } from "../render/slack-limits.js";

/**
 * The Home tab for the person viewing it. Partnerships that do not fit one view are not dropped
 * silently: the tab says how many more there are and where to see them.
 */
export async function buildHomeBlocks(core: Core, actor: Actor): Promise<SlackBlock[]> {
  const home = await core.viewHome({ actor });
  const blocks = renderBlocks(home.intro);
  let used = blocks.reduce((sum, block) => sum + blockTextLength(block), 0);
  let shown = 0;
  for (const section of home.sections) {
    const rendered = renderBlocks(section);
    const length = rendered.reduce((sum, block) => sum + blockTextLength(block), 0);
    if (blocks.length + rendered.length > SLACK_LIMITS.viewBlocks - 1 || used + length > SLACK_LIMITS.messageTextBudget) break;
    blocks.push(...rendered);
    used += length;
    shown += 1;
  }
  const more = home.total - shown;
  const footer = more > 0 ? `${more} more partnerships do not fit here: type /partner list to see them all.` : "Type /partner help for everything the bot does.";
  blocks.push(...renderBlocks({ ...textMessage(footer), blocks: [{ type: "context", text: footer }] }));
  return blocks;
}

export async function publishHome(client: webApi.WebClient, core: Core, actor: Actor): Promise<void> {
  const blocks = await buildHomeBlocks(core, actor);
  await callWithRetryAfter(() => client.views.publish({ user_id: actor.userId, view: { type: "home", blocks } }));
}
