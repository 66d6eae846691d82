import { randomBytes } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { ManualClock } from "../../src/clock.js";
import { createSlackInstallations } from "../../src/installations/create-slack-installations.js";
import type { SlackInstallationRecord } from "../../src/ports/slack-installations.js";
import { SecretDecryptionError } from "../../src/secrets/encrypt-secret.js";
import { createStore, type Store } from "../../src/store/create-store.js";
import { MessageBuilder } from "../../src/ui/message-builder.js";
import { DEMO_NOW } from "../support/demo-now.js";
import { createTestDatabase, DATABASE_KINDS, type TestDatabase } from "../support/test-database.js";

const key = randomBytes(32);

function installation(teamId: string, botToken: string): Omit<SlackInstallationRecord, "installedAt"> {
  return {
    teamId,
    enterpriseId: null,
    isEnterpriseInstall: false,
    botUserId: `UBOT-${teamId}`,
    botId: `BBOT-${teamId}`,
    botToken,
    scopes: ["commands", "chat:write"],
    installerUserId: "UADMIN",
    installation: JSON.stringify({ team: { id: teamId }, bot: { token: botToken } }),
  };
}

describe.each(DATABASE_KINDS)("Slack installations on %s", (kind) => {
  let database: TestDatabase;
  let store: Store;
  const clock = new ManualClock(DEMO_NOW);
  afterEach(() => database?.close());

  async function start() {
    database = await createTestDatabase(kind);
    store = createStore(database.db, kind);
    return createSlackInstallations(store.slackInstallations, key, clock);
  }

  it("reads back what it saved, replaces a workspace's installation, and stores no token in the clear", async () => {
    const installations = await start();
    await installations.save(installation("T1", "xoxb-first-token"));
    await installations.save(installation("T1", "xoxb-second-token"));
    await installations.save(installation("T2", "xoxb-other-token"));
    const found = await installations.find({ teamId: "T1" });
    expect(found).toMatchObject({ teamId: "T1", botToken: "xoxb-second-token", botUserId: "UBOT-T1", scopes: ["commands", "chat:write"], installedAt: DEMO_NOW });
    expect(JSON.parse(found!.installation)).toEqual({ team: { id: "T1" }, bot: { token: "xoxb-second-token" } });
    expect(await installations.find({ teamId: "T3" })).toBeNull();
    const rows = await store.db.slackInstallation.findMany();
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toContain("xoxb-");
  });

  it("refuses to read with another key, or a token copied into another workspace's row", async () => {
    const installations = await start();
    await installations.save(installation("T1", "xoxb-first-token"));
    await installations.save(installation("T2", "xoxb-other-token"));
    await expect(createSlackInstallations(store.slackInstallations, randomBytes(32), clock).find({ teamId: "T1" })).rejects.toThrow(SecretDecryptionError);
    const t1 = await store.db.slackInstallation.findUniqueOrThrow({ where: { installationKey: "team:T1" } });
    await store.db.slackInstallation.update({ where: { installationKey: "team:T2" }, data: { botTokenCiphertext: t1.botTokenCiphertext, botTokenIv: t1.botTokenIv, botTokenTag: t1.botTokenTag } });
    await expect(installations.find({ teamId: "T2" })).rejects.toThrow(SecretDecryptionError);
  });

  it("removes an installation and fails only that workspace's pending Slack deliveries, leaving one in flight to its sender", async () => {
    const installations = await start();
    await installations.save(installation("T1", "xoxb-first-token"));
    const message = { message: new MessageBuilder("Weekly digest", "public").text("Robotics is on track.").build(), mentions: [] };
    const row = (key: string, platform: string, workspaceId: string) => ({ dedupeKey: key, kind: "digest" as const, partnershipId: null, platform, workspaceId, target: "channel:C1", message, at: clock.now() });
    await store.outbox.enqueueAll([row("a", "slack", "T1"), row("b", "slack", "T1"), row("c", "slack", "T2"), row("d", "discord", "T1"), row("e", "slack", "T1")]);
    await store.db.prompt.updateMany({ where: { dedupeKey: "e" }, data: { claimedBy: "other-process", claimedUntil: new Date(clock.now().getTime() + 60_000) } });
    expect(await installations.remove({ teamId: "T1" }, "app_uninstalled")).toEqual({ removed: true, failedDeliveries: 2 });
    expect(await installations.find({ teamId: "T1" })).toBeNull();
    const rows = await store.db.prompt.findMany({ orderBy: { dedupeKey: "asc" }, select: { dedupeKey: true, status: true, error: true } });
    expect(rows).toEqual([
      { dedupeKey: "a", status: "failed", error: "app_uninstalled" },
      { dedupeKey: "b", status: "failed", error: "app_uninstalled" },
      { dedupeKey: "c", status: "pending", error: null },
      { dedupeKey: "d", status: "pending", error: null },
      { dedupeKey: "e", status: "pending", error: null },
    ]);
    expect(await installations.remove({ teamId: "T1" }, "app_uninstalled")).toEqual({ removed: false, failedDeliveries: 0 });
  });
});
