import { afterEach, describe, expect, it } from "vitest";
import { CONFIRM_COMMAND_ACTION } from "../../src/commands/confirm/ask-to-confirm.js";
import type { Message } from "../../src/ui/reply.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

const ridgeline = (bot: TestBot) =>
  bot.store.db.partner.findFirst({ where: { partnership: { handle: "robotics-tx" }, organization: { name: "Ridgeline Engineering" } }, include: { liaisons: true, assets: true } });
const partnerAudits = (bot: TestBot) => bot.store.db.auditEntry.findMany({ where: { entity: "partner" }, orderBy: { id: "asc" } });

function confirmButton(message: Message): { action: string; value: string; label: string; style?: string } {
  const buttons = message.blocks.flatMap((block) => (block.type === "actions" ? block.buttons : []));
  expect(buttons).toHaveLength(1);
  return buttons[0]!;
}

describe("partner edit", () => {
  it("changes a partner's role and commitments and audits both, before and after", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say('partner edit robotics-tx ridgeline --role "lead industry mentor" --commitments "Eight mentors and robot kits"', maria);
    expect(reply.error).toBeUndefined();
    expect(reply.heading).toBe("Updated Ridgeline Engineering in Middle School Robotics Mentorship");
    expect(plainTextOf(reply)).toContain('role from "industry mentor" to "lead industry mentor"');
    const partner = await ridgeline(testBot);
    expect(partner).toMatchObject({ role: "lead industry mentor", commitments: "Eight mentors and robot kits" });
    const [audit] = await partnerAudits(testBot);
    expect(JSON.parse(audit!.before!)).toEqual({ organization: "Ridgeline Engineering", role: "industry mentor", commitments: "Six engineer mentors, robot kits, competition fees" });
    expect(JSON.parse(audit!.after!)).toEqual({ organization: "Ridgeline Engineering", role: "lead industry mentor", commitments: "Eight mentors and robot kits" });
    expect(plainTextOf(await testBot.say("show robotics-tx", visitor))).toContain("Ridgeline Engineering (business), lead industry mentor; commits: Eight mentors and robot kits");
  });

  it("empties the role with none, and changes only what was given", async () => {
    testBot = await createTestBot();
    await testBot.say("partner edit robotics-tx Ridgeline --role none");
    expect(await ridgeline(testBot)).toMatchObject({ role: "", commitments: "Six engineer mentors, robot kits, competition fees" });
  });

  it("asks what to change when neither option is given, and changes nothing", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("partner edit robotics-tx Ridgeline");
    expect(reply.error).toBe("bad-arguments");
    expect(plainTextOf(reply)).toContain('say what to change: --role "..." or --commitments "..."');
    expect(await partnerAudits(testBot)).toEqual([]);
  });

  it("refuses someone who is neither a liaison nor a coordinator, and another partnership's liaison", async () => {
    testBot = await createTestBot();
    for (const line of ['partner edit robotics-tx Ridgeline --role "taken over"', 'partner edit solar-oh Brightfield --role "taken over"']) {
      const actor = line.includes("solar-oh") ? maria : visitor;
      const reply = await testBot.say(line, actor);
      expect(reply.error, line).toBe("forbidden");
      expect(plainTextOf(reply)).toMatch(/liaison|coordinator/);
    }
    expect((await ridgeline(testBot))!.role).toBe("industry mentor");
    expect(await partnerAudits(testBot)).toEqual([]);
  });

  it("names the partners when the organisation is not one of them", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say('partner edit robotics-tx "Acme Robotics" --role mentor');
    expect(reply.error).toBe("not-found");
    expect(plainTextOf(reply)).toContain('"Lincoln Middle School", "Ridgeline Engineering"');
  });

  it("says so when the values are already the ones given", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say('partner edit robotics-tx Ridgeline --role "industry mentor"');
    expect(reply.error).toBe("conflict");
    expect(await partnerAudits(testBot)).toEqual([]);
  });
});

describe("partner remove", () => {
  it("asks first, saying which liaison roles and assets go, and changes nothing until confirmed", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say('partner remove robotics-tx "Ridgeline Engineering"', maria);
    expect(reply.error).toBeUndefined();
    expect(reply.heading).toBe("Confirm: Remove Ridgeline Engineering from robotics-tx?");
    const text = plainTextOf(reply);
    expect(text).toContain("the liaison roles of Dev Patel, Sam Okafor here");
    expect(text).toContain("3 assets in the asset map: Engineers volunteering at build nights; VEX robotics kits; Competition entry fees and travel");
    expect(text).toContain('partner remove robotics-tx "Ridgeline Engineering" --yes');
    expect(confirmButton(reply)).toEqual({ action: CONFIRM_COMMAND_ACTION, value: 'partner remove robotics-tx "Ridgeline Engineering" --yes', label: "Remove", style: "danger" });
    expect(await ridgeline(testBot)).not.toBeNull();
    expect(await partnerAudits(testBot)).toEqual([]);
  });

  it("removes the partner, its liaisons' roles and its assets when the button is pressed, and audits what went", async () => {
    testBot = await createTestBot();
    const asked = await testBot.say("partner remove robotics-tx ridgeline", maria);
    const button = confirmButton(asked);
    const done = await testBot.bot.runAction(button.action, button.value, { actor: maria, channelId: "C-test" });
    expect(done.kind === "message" && done.error).toBeUndefined();
    expect(done.kind === "message" && done.heading).toBe("Ridgeline Engineering is no longer a partner of Middle School Robotics Mentorship");
    expect(await ridgeline(testBot)).toBeNull();
    const robotics = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    expect(await testBot.store.db.liaison.count({ where: { partner: { partnershipId: robotics.id } } })).toBe(1);
    expect(await testBot.store.db.organization.count({ where: { name: "Ridgeline Engineering" } })).toBe(1);
    const [audit] = await partnerAudits(testBot);
    expect(audit!.action).toBe("delete");
    expect(JSON.parse(audit!.before!)).toMatchObject({ organization: "Ridgeline Engineering", role: "industry mentor", assets: expect.arrayContaining([expect.objectContaining({ description: "VEX robotics kits" })]) });
    const dev = await testBot.store.db.person.findFirstOrThrow({ where: { displayName: "Dev Patel" } });
    expect(await testBot.store.db.prompt.count({ where: { partnershipId: robotics.id, personId: dev.id, status: "pending" } })).toBe(0);
    // Dev may no longer change robotics-tx.
    const devActor = { platform: "console", workspaceId: "demo", userId: "dev.patel", displayName: "Dev Patel", isPlatformAdmin: false };
    expect((await testBot.say("metric record robotics-tx enrollment 40", devActor)).error).toBe("forbidden");
  });

  it("refuses a visitor even with --yes, and removes nothing", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("partner remove robotics-tx Ridgeline --yes", visitor);
    expect(reply.error).toBe("forbidden");
    expect(await ridgeline(testBot)).not.toBeNull();
    expect(await partnerAudits(testBot)).toEqual([]);
  });
});
