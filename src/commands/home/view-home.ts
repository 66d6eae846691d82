import type { HomeView } from "../../ports/core.js";
import type { CommandContext } from "../command-context.js";
import { assessPartnership } from "../../domain/assess-partnership.js";
import { buildHomeIntro, buildHomeSection } from "./build-home-sections.js";

/** The person's home: the partnerships they are a liaison of here, each with its health and what awaits them. */
export async function viewHome(context: CommandContext): Promise<HomeView> {
  const { store, clock, actor, person } = context;
  const { partnerships, total } = await store.liaisonOverview.load({ platform: actor.platform, workspaceId: actor.workspaceId }, person.id);
  const sections = [];
  for (const partnership of partnerships) {
    const snapshot = await store.status.load(partnership.id);
    sections.push(buildHomeSection({ partnership, assessment: assessPartnership(snapshot, clock.now(), partnership.timezone), publicUrl: context.publicUrl }));
  }
  return { intro: buildHomeIntro(person.displayName, total), sections, total };
}
