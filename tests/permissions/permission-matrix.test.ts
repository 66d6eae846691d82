import { beforeAll, describe, expect, it } from "vitest";
import { createCommandRegistry } from "../../src/commands/create-command-registry.js";
import type { Actor } from "../../src/ports/actor.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import type { Reply, SubmitResult } from "../../src/ui/reply.js";
import { changedTables, createFingerprinter } from "../fuzz/support/fingerprint-database.js";
import { coordinator, createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";
import { PERMISSION_TABLE, ROLES, type Role } from "./permission-table.js";

// Every command and action that changes something, run as each role against robotics-tx (or, for
// workspace-wide commands, in the actor's own workspace). Refused cells run one after another on
// one database and must leave it exactly as it was; each allowed cell gets a fresh database.

const LINKED_WORKSPACE = { platform: "slack", workspaceId: "T-LINK" } as const;
const LINKED_CHANNEL = "C-LINK";

const ACTORS: Record<Role, Actor> = {
  stranger: visitor,
  otherWorkspace: { platform: "console", workspaceId: "elsewhere", userId: "uma", displayName: "Uma Elsewhere", isPlatformAdmin: false },
  otherLiaison: { platform: "console", workspaceId: "demo", userId: "janet.brooks", displayName: "Janet Brooks", isPlatformAdmin: false },
  liaison: maria,
  homeCoordinator: coordinator,
  linkedCoordinator: { ...LINKED_WORKSPACE, userId: "ULINKADMIN", displayName: "Lee Linked", isPlatformAdmin: true },
};

interface Cell {
  bot: TestBot;
  actor: Actor;
  /** Ids the row's setup made (a survey, its question) and the seeded ones (robotics-tx, its open round). */
  ids: Record<string, string>;
  line(text: string): Promise<Reply>;
}

/** A person named in a command, as the actor's platform names people: a mention on Slack, a name in the console. */
const person = (actor: Actor, name: string, slackId: string) => (actor.platform === "slack" ? `<@${slackId}>` : `"${name}"`);

const ICS = '"BEGIN:VCALENDAR\nBEGIN:VEVENT\nUID:matrix-1\nDTSTART;VALUE=DATE:20270315\nDTEND;VALUE=DATE:20270320\nSUMMARY:Spring break\nEND:VEVENT\nEND:VCALENDAR"';

interface RowPlan {
  /** Run as the home coordinator before the cells; returns ids the request uses. */
  setup?(bot: TestBot): Promise<Record<string, string>>;
  run(cell: Cell): Promise<Reply | SubmitResult>;
}

async function createSurvey(bot: TestBot, send: boolean): Promise<Record<string, string>> {
  const created = await bot.say('survey create robotics-tx "Matrix pulse"');
  const surveyId = /#(\d+)/.exec(created.heading ?? "")![1]!;
  await bot.say(`survey question ${surveyId} scale "How is it going?"`);
  if (send) expect((await bot.say(`survey send ${surveyId}`)).error).toBeUndefined();
  const question = await bot.store.db.surveyQuestion.findFirstOrThrow({ where: { surveyId: Number(surveyId) } });
  return { surveyId, questionId: String(question.id) };
}

async function addTwoQuestions(bot: TestBot): Promise<Record<string, string>> {
  await bot.say("question add robotics-tx scale How engaged were students?");
  await bot.say("question add robotics-tx text Competition news");
  return {};
}

const PLANS: Record<string, RowPlan> = {
  new: { run: ({ line }) => line('new matrix-made "Matrix Made"') },
  "new --template": { run: ({ line }) => line('new matrix-club "Matrix Club" --template after-school') },
  "coordinator add": { run: ({ line, actor }) => line(`coordinator add ${person(actor, "Nia New", "UNIA")}`) },
  "coordinator remove": {
    async setup(bot) {
      await bot.say('coordinator add "Ana Remove"');
      await bot.bot.runCommandLine("coordinator add <@UANA>", { actor: ACTORS.linkedCoordinator, channelId: LINKED_CHANNEL });
      return {};
    },
    run: ({ line, actor }) => line(`coordinator remove ${person(actor, "Ana Remove", "UANA")}`),
  },
  "partner add": { run: ({ line }) => line('partner add robotics-tx museum "City Science Museum"') },
  "partner edit": { run: ({ line }) => line('partner edit robotics-tx Ridgeline --role "matrix mentor"') },
  "partner remove": { run: ({ line }) => line("partner remove robotics-tx Ridgeline --yes") },
  "liaison add": { run: ({ line, actor }) => line(`liaison add robotics-tx "Ridgeline Engineering" ${person(actor, "Nia New", "UNIA")}`) },
  "liaison remove": { run: ({ line }) => line('liaison remove robotics-tx "Ridgeline Engineering" "Dev Patel"') },
  "charter set": { run: ({ line }) => line('charter set robotics-tx "A goal the matrix wrote"') },
  "charter ratify": {
    setup: async (bot) => (await bot.say('charter set robotics-tx "A version nobody ratified yet"'), {}),
    run: ({ line }) => line("charter ratify robotics-tx"),
  },
  "metric add": { run: ({ line }) => line('metric add robotics-tx matrix-key "Matrix metric" --target 10') },
  "metric record": { run: ({ line }) => line("metric record robotics-tx enrollment 33") },
  "metric edit": { run: ({ line }) => line("metric edit robotics-tx enrollment --target 44") },
  "metric retire": { run: ({ line }) => line("metric retire robotics-tx confidence --yes") },
  "metric restore": {
    setup: async (bot) => (await bot.say("metric retire robotics-tx confidence --yes"), {}),
    run: ({ line }) => line("metric restore robotics-tx confidence"),
  },
  "metric correct": { run: ({ line }) => line("metric correct robotics-tx enrollment 1 19") },
  "metric unrecord": { run: ({ line }) => line("metric unrecord robotics-tx enrollment 1 --yes") },
  "asset add": { run: ({ line }) => line('asset add robotics-tx "Ridgeline Engineering" equipment "Laptops"') },
  "need add": { run: ({ line }) => line('need add robotics-tx funding "Bus to the regional"') },
  "asset edit": { run: ({ line }) => line("asset edit robotics-tx 4 --quantity 12") },
  "asset remove": { run: ({ line }) => line("asset remove robotics-tx 4 --yes") },
  "need edit": { run: ({ line }) => line('need edit robotics-tx 1 --description "Bus to the state final"') },
  "need remove": { run: ({ line }) => line("need remove robotics-tx 1 --yes") },
  "need met": { run: ({ line }) => line("need met robotics-tx 1 --by 5") },
  "need reopen": { setup: async (bot) => (await bot.say("need met robotics-tx 1 --by 5"), {}), run: ({ line }) => line("need reopen robotics-tx 1") },
  "milestone add": { run: ({ line }) => line('milestone add robotics-tx 2027-03-01 "Matrix milestone"') },
  "milestone done": { run: ({ line }) => line("milestone done robotics-tx 3") },
  "milestone edit": { run: ({ line }) => line("milestone edit robotics-tx 3 --due 2027-02-13") },
  "milestone reopen": { run: ({ line }) => line("milestone reopen robotics-tx 1") },
  "milestone delete": { run: ({ line }) => line("milestone delete robotics-tx 3 --yes") },
  checkin: { run: ({ line }) => line("checkin robotics-tx") },
  "Start check-in button": { run: ({ bot, actor, ids }) => bot.bot.runAction("checkin.start", ids.partnership!, { actor }) },
  "check-in form": { run: ({ bot, actor, ids }) => bot.bot.submitForm("checkin", `${ids.partnership}:${ids.round}`, { status: "on-track", highlights: "Matrix check-in" }, { actor }) },
  "question add": { run: ({ line }) => line("question add robotics-tx number Students at club sessions this week") },
  "question move": { setup: addTwoQuestions, run: ({ line }) => line("question move robotics-tx 2 1") },
  "question remove": { setup: addTwoQuestions, run: ({ line }) => line("question remove robotics-tx 1 --yes") },
  "survey create": { run: ({ line }) => line('survey create robotics-tx "Matrix pulse"') },
  "survey question": { setup: (bot) => createSurvey(bot, false), run: ({ line, ids }) => line(`survey question ${ids.surveyId} text "Anything else?"`) },
  "survey send": { setup: (bot) => createSurvey(bot, false), run: ({ line, ids }) => line(`survey send ${ids.surveyId}`) },
  "survey link": { setup: (bot) => createSurvey(bot, false), run: ({ line, ids }) => line(`survey link ${ids.surveyId} --label "Period 3" --expected 28`) },
  "survey close": { setup: (bot) => createSurvey(bot, true), run: ({ line, ids }) => line(`survey close ${ids.surveyId}`) },
  "survey reopen": {
    setup: async (bot) => {
      const ids = await createSurvey(bot, true);
      await bot.say(`survey close ${ids.surveyId}`);
      return ids;
    },
    run: ({ line, ids }) => line(`survey reopen ${ids.surveyId}`),
  },
  "Answer the survey button": { setup: (bot) => createSurvey(bot, true), run: ({ bot, actor, ids }) => bot.bot.runAction("survey.start", ids.surveyId!, { actor }) },
  "survey form": { setup: (bot) => createSurvey(bot, true), run: ({ bot, actor, ids }) => bot.bot.submitForm("survey", ids.surveyId!, { [`q-${ids.questionId}`]: "4" }, { actor }) },
  link: { run: ({ line }) => line("link robotics-tx updates") },
  unlink: { run: ({ line }) => line(`unlink robotics-tx updates --channel ${LINKED_CHANNEL}`) },
  "schedule set": { run: ({ line }) => line("schedule set robotics-tx --day tuesday") },
  pause: { run: ({ line }) => line('pause robotics-tx 2026-12-21 2027-01-04 "Winter break"') },
  resume: { setup: async (bot) => (await bot.say("pause robotics-tx"), {}), run: ({ line }) => line("resume robotics-tx") },
  "blackout add": { run: ({ line }) => line('blackout add robotics-tx 2027-03-15 2027-03-19 "Spring break"') },
  "blackout remove": {
    setup: async (bot) => (await bot.say('blackout add robotics-tx 2027-03-15 2027-03-19 "Spring break"'), {}),
    run: ({ line }) => line("blackout remove robotics-tx 2027-03-15"),
  },
  "calendar import": { run: ({ line }) => line(`calendar import robotics-tx ${ICS} --yes`) },
  "calendar words": { run: ({ line }) => line('calendar words robotics-tx add "teacher workday"') },
  "calendar remove": {
    setup: async (bot) => (await bot.say(`calendar import robotics-tx ${ICS} --yes`), {}),
    run: ({ line }) => line('calendar remove robotics-tx "the pasted calendar" --yes'),
  },
  edit: { run: ({ line }) => line('edit robotics-tx --name "Matrix Robotics" --timezone America/New_York') },
  rename: { run: ({ line }) => line("rename robotics-tx matrix-robotics") },
  renew: { run: ({ line }) => line("renew robotics-tx --term 2027-28 --starts 2026-12-01 --targets enrollment=40") },
  "term targets": { run: ({ line }) => line("term targets robotics-tx enrollment=40") },
  archive: { run: ({ line }) => line("archive robotics-tx --yes") },
  unarchive: { setup: async (bot) => (await bot.say("archive robotics-tx --yes"), {}), run: ({ line }) => line("unarchive robotics-tx") },
  ooo: { run: ({ line }) => line("ooo robotics-tx 2026-12-21 2027-01-03") },
  "ooo --who": { run: ({ line }) => line('ooo robotics-tx 2026-12-21 2027-01-03 --who "Maria Alvarez"') },
  // Someone each workspace knows: a Slack mention in the linked workspace, a name in the console.
  forget: {
    async setup(bot) {
      await bot.bot.runCommandLine("help", { actor: { platform: "console", workspaceId: "demo", userId: "fay.forget", displayName: "Fay Forget", isPlatformAdmin: false } });
      await bot.bot.runCommandLine("help", { actor: { ...LINKED_WORKSPACE, userId: "UFAY", displayName: "Fay Forget", isPlatformAdmin: false } });
      return {};
    },
    run: ({ line, actor }) => line(`forget ${person(actor, "Fay Forget", "UFAY")} --yes`),
  },
  connect: { run: ({ line }) => line("connect") },
  dashboard: { run: ({ line }) => line("dashboard") },
};

/** The seeded demo with robotics-tx linked into a Slack workspace, every role's actor seen once. */
async function createMatrixBot(): Promise<{ bot: TestBot; ids: Record<string, string> }> {
  const bot = await createTestBot();
  const robotics = await bot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
  const round = await bot.store.db.round.findFirstOrThrow({ where: { partnershipId: robotics.id, status: "open" } });
  const person = await bot.store.people.resolveActor(coordinator);
  await bot.store.channelLinks.link({ partnershipId: robotics.id, ...LINKED_WORKSPACE, channelId: LINKED_CHANNEL, purpose: "updates", actorId: person.id, at: bot.clock.now() });
  for (const actor of Object.values(ACTORS)) await bot.bot.runCommandLine("help", { actor });
  return { bot, ids: { partnership: String(robotics.id), round: String(round.id) } };
}

const shown = (reply: Reply | SubmitResult) => (reply.kind === "message" ? plainTextOf(reply) : reply.kind === "form" ? `form ${reply.title}` : JSON.stringify(reply.errors));
const channelOf = (actor: Actor) => (actor.platform === "slack" ? LINKED_CHANNEL : "C-MATRIX");

async function runCell(bot: TestBot, ids: Record<string, string>, role: Role, plan: RowPlan): Promise<Reply | SubmitResult> {
  const actor = ACTORS[role];
  return plan.run({ bot, actor, ids, line: (text) => bot.bot.runCommandLine(text, { actor, channelId: channelOf(actor) }) });
}

describe("who may change what", () => {
  it("has a plan for every row and a row for every command that changes something", () => {
    const readOnly = ["help", "list", "status", "show", "charter show", "metric list", "asset list", "milestone list", "survey results", "survey templates", "reflections", "export", "schedule show", "report", "term list", "history", "metric readings", "templates", "question list"];
    // Changes only the asking account (splits it from the person it joined): tests/commands/connect.test.ts.
    const ownAccount = ["disconnect"];
    const commands = createCommandRegistry().all().map((command) => command.name);
    const rows = PERMISSION_TABLE.map((row) => row.request);
    expect(Object.keys(PLANS).sort()).toEqual([...rows].sort());
    expect(commands.filter((name) => !readOnly.includes(name) && !ownAccount.includes(name) && !rows.some((request) => request === name || request.startsWith(`${name} --`)))).toEqual([]);
  });

  describe.each(PERMISSION_TABLE.map((row) => [row.request, row] as const))("%s", (request, row) => {
    const plan = PLANS[request]!;
    const refused = ROLES.filter((role) => row.cells[role] !== "yes");
    const allowed = ROLES.filter((role) => row.cells[role] === "yes");

    if (refused.length > 0) {
      let bot: TestBot;
      let ids: Record<string, string>;
      let fingerprint: Awaited<ReturnType<typeof createFingerprinter>>;
      beforeAll(async () => {
        ({ bot, ids } = await createMatrixBot());
        ids = { ...ids, ...(await plan.setup?.(bot)) };
        fingerprint = await createFingerprinter(bot.store.db, bot.database.kind);
        return () => bot.close();
      });

      it.each(refused)(`refuses %s, says who can, and changes nothing`, async (role) => {
        const before = await fingerprint();
        const reply = await runCell(bot, ids, role, plan);
        const text = shown(reply);
        expect(reply.kind, text).toBe("message");
        if (reply.kind !== "message") return;
        expect(reply.error, text).toBeDefined();
        expect(reply.error, text).not.toBe("internal");
        expect(changedTables(before, await fingerprint()), text).toEqual([]);
        if (row.cells[role] === "unseen") {
          expect(reply.error, text).toBe("not-found");
          expect(text).not.toContain("Robotics Mentorship");
        } else {
          expect(text).toMatch(/coordinator|liaison|sent to|invited/i);
        }
      });
    }

    it.each(allowed)(`lets %s do it`, async (role) => {
      const { bot, ids } = await createMatrixBot();
      try {
        const reply = await runCell(bot, { ...ids, ...(await plan.setup?.(bot)) }, role, plan);
        expect(reply.kind === "form" || (reply.kind === "message" && reply.error === undefined), shown(reply)).toBe(true);
      } finally {
        await bot.close();
      }
    });
  });
});
