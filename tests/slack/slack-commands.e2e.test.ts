import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { FakeSlackUser } from "../../adapters/slack/testing/fake-slack-api.js";
import { callLimitViolations } from "../../adapters/slack/testing/slack-limit-violations.js";
import { slackAdmin, slackMaria, slackVisitor, startSlackHarness, TEAM, type SlackHarness } from "../support/start-slack-harness.js";
import { createCommandRegistry } from "../../src/commands/create-command-registry.js";
import { APOLOGY } from "../../src/ui/fixed-answers.js";

let slack: SlackHarness;
beforeAll(async () => {
  slack = await startSlackHarness();
});
afterAll(async () => slack?.close());
afterEach(() => {
  expect(callLimitViolations(slack.api.calls)).toEqual([]);
});

/** Runs a command and returns what Slack received at the command's response_url. */
async function partner(user: FakeSlackUser, text: string) {
  const before = slack.api.calls.length;
  const ack = await slack.command(user, text);
  await slack.settle();
  const calls = slack.api.calls.slice(before);
  return { ack, calls, responses: calls.filter((call) => call.method.startsWith("response/")) };
}

function allText(call: { params: Record<string, any> }): string {
  return JSON.stringify(call.params.blocks ?? call.params.view?.blocks ?? []);
}

describe("/partner in Slack", () => {
  it("acknowledges with an empty 200 and answers help ephemerally through the response_url", async () => {
    const { ack, responses } = await partner(slackVisitor, "help");
    expect(ack.status).toBe(200);
    expect(ack.text).toBe("");
    expect(responses).toHaveLength(1);
    expect(responses[0]!.params.response_type).toBe("ephemeral");
    expect(responses[0]!.params.blocks[0]).toEqual({ type: "header", text: { type: "plain_text", text: "Partnership bot: commands", emoji: true } });
    expect(allText(responses[0]!)).toContain("status: Health of a partnership");
  });

  it("lists the partnerships linked to this Slack workspace, and not the others", async () => {
    const { responses } = await partner(slackVisitor, "list");
    const text = allText(responses[0]!);
    expect(text).toContain("robotics-tx");
    expect(text).toContain("solar-oh");
    expect(text).not.toContain("appdev-ca");
  });

  it("shows status with health, progress bars and a Start check-in button", async () => {
    const { responses } = await partner(slackVisitor, "status robotics-tx");
    const blocks = responses[0]!.params.blocks as any[];
    expect(blocks[0].type).toBe("header");
    expect(blocks[0].text.text).toMatch(/Robotics.*\(robotics-tx\): (on track|at risk|off track)/);
    expect(allText(responses[0]!)).toMatch(/`[▓░]{10} \d+%`/);
    const actions = blocks.find((block) => block.type === "actions");
    expect(actions.elements[0]).toMatchObject({ type: "button", action_id: "partner:0:checkin.start", text: { text: "Start check-in" }, style: "primary" });
  });

  it("answers a mistyped handle with the closest handles, ephemerally, and no apology", async () => {
    const { responses } = await partner(slackVisitor, "status robotic-tx");
    expect(responses[0]!.params.response_type).toBe("ephemeral");
    expect(allText(responses[0]!)).toContain("Did you mean `robotics-tx`");
    expect(allText(responses[0]!)).not.toContain(APOLOGY.slice(0, 30));
  });

  it("lets a workspace admin create a partnership, posted in the channel, and stores it in the Slack workspace", async () => {
    const { responses } = await partner(slackAdmin, 'new stem-night "Family STEM Night" --models after-school');
    expect(responses[0]!.params.response_type).toBe("in_channel");
    const created = await slack.store.db.partnership.findFirst({ where: { platform: "slack", workspaceId: TEAM, handle: "stem-night" } });
    expect(created?.name).toBe("Family STEM Night");
  });

  it("stores what the person typed, not Slack's escapes: R&D is R&D", async () => {
    // Slack sends "&", "<" and ">" in command text as &amp;, &lt; and &gt;; a typed "&lt;" arrives as &amp;lt;.
    const { responses } = await partner(slackAdmin, 'new rnd-lab "R&amp;D &lt;Lab&gt; &amp;lt;3"');
    expect(responses[0]!.params.response_type).toBe("in_channel");
    const created = await slack.store.db.partnership.findFirst({ where: { platform: "slack", workspaceId: TEAM, handle: "rnd-lab" } });
    expect(created?.name).toBe("R&D <Lab> &lt;3");
    expect(JSON.stringify(responses[0]!.params.blocks)).toMatch(/R&D <Lab> &lt;3|R&amp;D &lt;Lab&gt; &amp;lt;3/);
  });

  it("refuses new from a member who is not an admin, and stores nothing", async () => {
    const { responses } = await partner(slackVisitor, 'new sneaky "Not Allowed"');
    expect(responses[0]!.params.response_type).toBe("ephemeral");
    expect(allText(responses[0]!)).toContain("Only a coordinator");
    expect(await slack.store.db.partnership.count({ where: { handle: "sneaky" } })).toBe(0);
  });

  it("opens the check-in modal with the command's trigger_id for a liaison", async () => {
    const before = slack.api.calls.length;
    const ack = await slack.command(slackMaria, "checkin robotics-tx");
    await slack.settle();
    const open = slack.api.calls.slice(before).find((call) => call.method === "views.open")!;
    expect(ack.status).toBe(200);
    expect(open.params.trigger_id).toMatch(/^trigger-/);
    const view = open.params.view;
    expect(view.callback_id).toBe("partner-form");
    expect(JSON.parse(view.private_metadata)).toMatchObject({ formId: "checkin", channelId: "C-GENERAL" });
    const status = view.blocks.find((block: any) => block.block_id === "status");
    expect(status.element.type).toBe("static_select");
    expect(status.element.options.map((option: any) => option.value)).toEqual(["on-track", "at-risk", "off-track"]);
    expect(view.blocks.find((block: any) => block.block_id === "highlights").element).toMatchObject({ type: "plain_text_input", multiline: true, max_length: 3000 });
    expect(view.blocks.some((block: any) => block.element.type === "number_input")).toBe(true);
  });

  it("says the form expired when Slack got the trigger_id too late", async () => {
    slack.api.failNext("views.open", { body: { ok: false, error: "expired_trigger_id" } });
    const { responses } = await partner(slackMaria, "checkin robotics-tx");
    expect(responses[0]!.params.response_type).toBe("ephemeral");
    expect(allText(responses[0]!)).toContain("run the command or click the button again");
  });

  it("apologizes through the response_url, and logs it, when Slack refuses the answer", async () => {
    slack.api.failNext("views.open", { body: { ok: false, error: "invalid_arguments" } });
    const { responses } = await partner(slackMaria, "checkin robotics-tx");
    expect(allText(responses[0]!)).toContain(APOLOGY.slice(0, 30));
    expect(await slack.waitForLog("could not answer in Slack")).toContain("invalid_arguments");
  });

  it("asks users.info once per person and keeps the name and admin flag in the store", async () => {
    const infoCalls = () => slack.api.callsTo("users.info").filter((call) => call.params.user === slackAdmin.id).length;
    await partner(slackAdmin, "list");
    const after = infoCalls();
    await partner(slackAdmin, "list");
    expect(infoCalls()).toBe(after);
    const identity = await slack.store.db.chatIdentity.findFirst({ where: { platform: "slack", workspaceId: TEAM, userId: slackAdmin.id }, include: { person: true } });
    expect(identity).toMatchObject({ displayName: "Dana Okafor", isAdmin: true, person: { displayName: "Dana Okafor" } });
  });

  it("uploads the CSV export whole to the person's DM and says so in the reply", async () => {
    const actor = { platform: "slack", workspaceId: TEAM, userId: slackAdmin.id, displayName: "Dana Okafor", isPlatformAdmin: true };
    const expected = await slack.bot.runCommandLine("export robotics-tx", { actor });
    const file = expected.kind === "message" ? expected.blocks.find((block) => block.type === "file") : undefined;
    if (file?.type !== "file") throw new Error("export returned no file");
    const { responses, calls } = await partner(slackAdmin, "export robotics-tx");
    expect(allText(responses[0]!)).toContain(`:paperclip: *${file.filename}*`);
    expect(allText(responses[0]!)).toContain("is in your direct messages with me.");
    const complete = calls.find((call) => call.method === "files.completeUploadExternal")!;
    expect(complete.params.channel_id).toBe(`D-${slackAdmin.id}`);
    expect(complete.params.files[0].title).toBe(file.filename);
    const uploaded = calls.find((call) => call.method.startsWith("upload/"))!;
    expect(uploaded.params.body).toBe(file.content);
  });

  it("tells the person in their DM when Slack refuses the file", async () => {
    slack.api.failNext("files.getUploadURLExternal", { body: { ok: false, error: "missing_scope" } });
    const { calls } = await partner(slackAdmin, "export robotics-tx");
    const notice = calls.find((call) => call.method === "chat.postMessage" && call.params.channel === `D-${slackAdmin.id}`)!;
    expect(notice.params.text).toContain("missing_scope");
    expect(notice.params.text).toContain("files:write");
  });

  it("recognises a workspace admin as a coordinator even when someone @mentioned them before they used the bot", async () => {
    slack.api.addUser({ id: "UNEWADMIN", name: "lee", realName: "Lee Chen", isAdmin: true });
    // What `liaison add ... @lee` leaves behind: an identity named from the mention, never asked about.
    await slack.store.people.resolveIdentity({ platform: "slack", workspaceId: TEAM, userId: "UNEWADMIN" }, "lee");
    await slack.store.db.chatIdentity.updateMany({ where: { platform: "slack", userId: "UNEWADMIN" }, data: { updatedAt: slack.clock.now() } });
    const { responses } = await partner({ id: "UNEWADMIN", name: "lee" }, 'new lee-club "Lee\'s Coding Club"');
    expect(allText(responses[0]!)).toContain("Created Lee's Coding Club (lee-club)");
  });

  it("runs an example of every command family through Slack without an apology", async () => {
    const families = [...createCommandRegistry().families().entries()];
    expect(families.length).toBeGreaterThanOrEqual(5);
    for (const [family, commands] of families) {
      const example = commands.flatMap((command) => command.examples)[0] ?? family;
      const before = slack.api.calls.length;
      const ack = await slack.command(slackAdmin, example.replace(/^\/partner\s*/, ""));
      await slack.settle();
      const answers = slack.api.calls.slice(before).filter((call) => call.method.startsWith("response/") || call.method === "views.open" || call.method === "chat.postMessage");
      expect(ack.status, family).toBe(200);
      expect(answers.length, `${family}: ${example}`).toBeGreaterThan(0);
      for (const answer of answers) expect(allText(answer), `${family}: ${example}`).not.toContain(APOLOGY.slice(0, 30));
    }
  });
});

describe("charts in Slack", () => {
  const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  it("uploads each chart of /partner report as a PNG to the person's DM, titled and described, with the words still in the reply", async () => {
    const { responses, calls } = await partner(slackAdmin, "report robotics-tx");
    const reply = allText(responses[0]!);
    expect(reply).toContain("The chart is in your direct messages with me.");
    expect(reply).toMatch(/target \d+/);
    const requested = calls.filter((call) => call.method === "files.getUploadURLExternal");
    expect(requested.length).toBeGreaterThan(0);
    expect(requested.every((call) => String(call.params.filename).endsWith(".png") && String(call.params.alt_text).length > 0)).toBe(true);
    const complete = calls.filter((call) => call.method === "files.completeUploadExternal");
    expect(complete[0]!.params.channel_id).toBe(`D-${slackAdmin.id}`);
    expect(complete.every((call) => call.params.files.length <= 10)).toBe(true);
    expect(complete.flatMap((call) => call.params.files.map((file: { title: string }) => file.title)).length).toBe(requested.length);
    expect(String(complete[0]!.params.initial_comment)).toContain("baseline");
    const uploaded = calls.filter((call) => call.method.startsWith("upload/"));
    expect(uploaded).toHaveLength(requested.length);
    for (const call of uploaded) expect(call.bytes!.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });
});
