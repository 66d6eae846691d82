import type { webApi } from "@slack/bolt";
import type { Bot } from "../../../src/bot.js";
import { assessPartnership } from "../../../src/domain/assess-partnership.js";
import type { Actor } from "../../../src/commands/command-context.js";
import { loadLiaisonPartnerships } from "../../../src/store/liaison-overview-repository.js";
import { textMessage } from "../../../src/ui/message-builder.js";
import { callWithRetryAfter } from "../call-with-retry-after.js";
import { renderBlocks, type SlackBlock } from "../render/render-blocks.js";
import { blockTextLength } from "../render/render-message.js";
import { SLACK_LIMITS } from "../render/slack-limits.js";
import { buildHomeIntro, buildHomeSection } from "./build-home-sections.js";

/**
 * The Home tab for the person viewing it. Partnerships that do not fit one view are not dropped
 * silently: the tab says how many more there are and where to see them.
 */
export async function buildHomeBlocks(bot: Bot, actor: Actor): Promise<SlackBlock[]> {
  const context = await bot.createContext({ actor });
  const { store, clock } = context;
  const { partnerships, total } = await loadLiaisonPartnerships(store.db, { platform: actor.platform, workspaceId: actor.workspaceId }, context.person.id);
  const blocks = renderBlocks(buildHomeIntro(context.person.displayName, total));
  let used = blocks.reduce((sum, block) => sum + blockTextLength(block), 0);
  let shown = 0;
  for (const partnership of partnerships) {
    const snapshot = await store.status.load(partnership.id);
    const rendered = renderBlocks(buildHomeSection({ partnership, assessment: assessPartnership(snapshot, clock.now(), partnership.timezone) }));
    const length = rendered.reduce((sum, block) => sum + blockTextLength(block), 0);
    if (blocks.length + rendered.length > SLACK_LIMITS.viewBlocks - 1 || used + length > SLACK_LIMITS.messageTextBudget) break;
    blocks.push(...rendered);
    used += length;
    shown += 1;
  }
  const more = total - shown;
  const footer = more > 0 ? `${more} more partnerships do not fit here: type /partner list to see them all.` : "Type /partner help for everything the bot does.";
  blocks.push(...renderBlocks({ ...textMessage(footer), blocks: [{ type: "context", text: footer }] }));
  return blocks;
}

export async function publishHome(client: webApi.WebClient, bot: Bot, actor: Actor): Promise<void> {
  const blocks = await buildHomeBlocks(bot, actor);
  await callWithRetryAfter(() => client.views.publish({ user_id: actor.userId, view: { type: "home", blocks } }));
}
