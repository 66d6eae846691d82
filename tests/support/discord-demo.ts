// Demo data the Discord end-to-end tests need in the fake server: links and a liaison.
import type { Clock } from "../../src/clock.js";
import type { Store } from "../../src/store/create-store.js";
import { FAKE_IDS, type FakeUser } from "../../adapters/discord/testing/discord-payloads.js";

/** The partnership's handles visible in the fake server: each demo partnership linked to a channel there. */
export async function linkDemoToFakeGuild(store: Store, clock: Clock, handles: string[] = ["robotics-tx", "solar-oh", "appdev-ca"]): Promise<void> {
  for (const handle of handles) {
    const partnership = await store.partnerships.findVisible({ platform: "console", workspaceId: "demo" }, handle);
    if (partnership === null) throw new Error(`no demo partnership ${handle}`);
    const at = clock.now();
    const person = await store.people.resolveActor({ platform: "console", workspaceId: "demo", userId: "demo-coordinator", displayName: "Demo Coordinator", isPlatformAdmin: true });
    await store.channelLinks.link({ partnershipId: partnership.id, platform: "discord", workspaceId: FAKE_IDS.guild, channelId: FAKE_IDS.channel, purpose: "updates", actorId: person.id, at });
    await store.channelLinks.link({ partnershipId: partnership.id, platform: "discord", workspaceId: FAKE_IDS.guild, channelId: FAKE_IDS.reflectionsChannel, purpose: "reflections", actorId: person.id, at });
  }
}

/** Makes a fake Discord user a liaison of a demo partnership's first partner, so they may check in for it. */
export async function makeLiaison(store: Store, handle: string, user: FakeUser): Promise<void> {
  const person = await store.people.resolveActor({ platform: "discord", workspaceId: FAKE_IDS.guild, userId: user.id, displayName: user.nick ?? user.globalName ?? user.username, isPlatformAdmin: false });
  const partner = await store.db.partner.findFirst({ where: { partnership: { handle } }, orderBy: { id: "asc" } });
  if (partner === null) throw new Error(`no partner in ${handle}`);
  await store.db.liaison.create({ data: { partnerId: partner.id, personId: person.id } });
}

