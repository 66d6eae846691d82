import { afterEach, describe, expect, it } from "vitest";
import { Scheduler } from "../../src/scheduler/scheduler.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import type { Actor } from "../../src/ports/actor.js";
import { FakePlatform } from "../scheduler/support/fake-platform.js";
import { silentLogger } from "../scheduler/support/scheduler-fixture.js";
import { coordinator, createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

/** Janet Brooks: a liaison of solar-oh, not of robotics-tx. */
const janet: Actor = { platform: "console", workspaceId: "demo", userId: "janet.brooks", displayName: "Janet Brooks", isPlatformAdmin: false };

const robotics = () => testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" }, include: { schedule: true } });
const text = async (line: string, actor?: Actor) => plainTextOf(await testBot.say(line, actor));

/** Rows a refused command must leave alone. */
async function snapshot() {
  const db = testBot.store.db;
  return { partnerships: await db.partnership.findMany({ orderBy: { id: "asc" } }), schedules: await db.schedule.findMany({ orderBy: { id: "asc" } }), audits: await db.auditEntry.count(), aliases: await db.partnershipHandleAlias.count(), terms: await db.term.count() };
}

describe("edit", () => {
  it("changes name, time zone, program models and status, moves the schedule with the time zone, and audits before and after", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say('edit robotics-tx --name "Lincoln Robotics Mentorship" --timezone america/new_york --models mentorship,research', maria);
    expect(reply.error).toBeUndefined();
    expect(reply.heading).toBe("Changed Lincoln Robotics Mentorship (robotics-tx)");
    const said = plainTextOf(reply);
    expect(said).toContain("Time zone: America/Chicago → America/New_York");
    expect(said).toContain("Program models: mentorship, after school → mentorship, research");
    expect(said).toContain("Next check-in: Monday 30 November 2026, 09:00 (America/New_York)");
    const edited = await robotics();
    expect(edited).toMatchObject({ name: "Lincoln Robotics Mentorship", timezone: "America/New_York", programModels: "mentorship,research" });
    expect(edited.schedule).toMatchObject({ timezone: "America/New_York", nextRoundAt: new Date("2026-11-30T14:00:00Z") });
    const audit = await testBot.store.db.auditEntry.findFirstOrThrow({ where: { entity: "partnership", action: "update" }, orderBy: { id: "desc" } });
    expect(JSON.parse(audit.before!)).toEqual({ name: "Middle School Robotics Mentorship", timezone: "America/Chicago", programModels: ["mentorship", "after-school"] });
    expect(JSON.parse(audit.after!)).toEqual({ name: "Lincoln Robotics Mentorship", timezone: "America/New_York", programModels: ["mentorship", "research"] });

    expect((await testBot.say("edit robotics-tx --status completed")).heading).toBe("Changed Lincoln Robotics Mentorship (robotics-tx)");
    expect((await robotics()).status).toBe("completed");
    testBot.clock.set(new Date("2026-12-02T12:00:00Z"));
    expect(await text("edit robotics-tx --status active")).toContain("Next check-in: Monday 7 December 2026, 09:00 (America/New_York)");
    expect((await robotics()).schedule?.nextRoundAt).toEqual(new Date("2026-12-07T14:00:00Z"));
  });

  it.each([
    ["someone else's partnership", "edit robotics-tx --name Mine", janet, "forbidden", "Only its liaisons"],
    ["a reader", "edit robotics-tx --name Mine", visitor, "forbidden", "Only its liaisons"],
    ["an unknown partnership", "edit robotix-tx --name Mine", coordinator, "not-found", "Did you mean `robotics-tx`?"],
    ["a bad time zone", "edit robotics-tx --timezone America/Chicgo", coordinator, "bad-arguments", "Did you mean America/Chicago"],
    ["a made-up time zone", "edit robotics-tx --timezone Mars/Olympus", coordinator, "bad-arguments", "not a time zone I know"],
    ["an unknown program model", "edit robotics-tx --models mentoring", coordinator, "bad-arguments", "expected one of mentorship"],
    ["archiving through edit", "edit robotics-tx --status archived", coordinator, "bad-arguments", "/partner archive robotics-tx"],
    ["nothing to change", "edit robotics-tx", coordinator, "bad-arguments", "Say what to change"],
    ["what it is already", "edit robotics-tx --status active", coordinator, "bad-arguments", "like that already"],
  ])("refuses %s, says what to do and changes nothing", async (_case, line, actor, code, words) => {
    testBot = await createTestBot();
    const before = await snapshot();
    const reply = await testBot.say(line, actor);
    expect(reply.error).toBe(code);
    expect(plainTextOf(reply)).toContain(words);
    expect(await snapshot()).toEqual(before);
  });
});

describe("rename", () => {
  it("gives a new handle; the old one answers normally for 90 days and says the new one", async () => {
    testBot = await createTestBot();
    const reply = await testBot.say("rename robotics-tx lincoln-robotics", maria);
    expect(reply.heading).toBe("Middle School Robotics Mentorship is now lincoln-robotics");
    expect(plainTextOf(reply)).toContain("The old handle robotics-tx keeps working until 2027-02-21");
    expect((await robotics().catch(() => null))).toBeNull();

    const old = await testBot.say("status robotics-tx");
    expect(old.error).toBeUndefined();
    expect(old.heading).toContain("Middle School Robotics Mentorship (lincoln-robotics)");
    expect(plainTextOf(old)).toContain("`robotics-tx` is now `lincoln-robotics`: use the new handle (the old one works until 2027-02-21).");
    expect(plainTextOf(await testBot.say("status lincoln-robotics"))).not.toContain("is now");
    // Changes through the old handle work too, and land on the renamed partnership.
    expect((await testBot.say('milestone add robotics-tx 2027-03-01 "Regional qualifier"', maria)).error).toBeUndefined();
    expect(await testBot.store.db.milestone.count({ where: { title: "Regional qualifier", partnership: { handle: "lincoln-robotics" } } })).toBe(1);
    const audit = await testBot.store.db.auditEntry.findFirstOrThrow({ where: { action: "rename" } });
    expect(JSON.parse(audit.before!)).toEqual({ handle: "robotics-tx" });

    // Nobody takes the old handle while it still finds the partnership.
    expect((await testBot.say('new robotics-tx "Another robotics club"')).error).toBe("conflict");
    const taken = await testBot.say("rename solar-oh robotics-tx");
    expect(taken.error).toBe("conflict");
    expect(plainTextOf(taken)).toContain("another partnership's old handle");

    testBot.clock.set(new Date("2027-02-22T18:00:00Z"));
    expect((await testBot.say("status robotics-tx")).error).toBe("not-found");
  });

  it("takes a handle back: renaming to its own old handle works", async () => {
    testBot = await createTestBot();
    await testBot.say("rename robotics-tx lincoln-robotics");
    expect((await testBot.say("rename lincoln-robotics robotics-tx")).error).toBeUndefined();
    expect((await robotics()).handle).toBe("robotics-tx");
    expect(await testBot.store.db.partnershipHandleAlias.findMany({ select: { handle: true } })).toEqual([{ handle: "lincoln-robotics" }]);
  });

  it.each([
    ["a handle another partnership has", "rename robotics-tx solar-oh", maria, "conflict", "`solar-oh` is another partnership's handle here. Pick another, such as `solar-oh-2`"],
    ["a handle that breaks the rules", "rename robotics-tx Robotics_TX!", maria, "bad-arguments", "use 2-40 lowercase letters, digits and dashes"],
    ["the same handle", "rename robotics-tx robotics-tx", maria, "bad-arguments", "has that handle already"],
    ["someone else's partnership", "rename robotics-tx mine-now", janet, "forbidden", "Only its liaisons"],
    ["an unknown partnership", "rename nothing-here mine-now", maria, "not-found", "No partnership called `nothing-here`"],
  ])("refuses %s and changes nothing", async (_case, line, actor, code, words) => {
    testBot = await createTestBot();
    const before = await snapshot();
    const reply = await testBot.say(line, actor);
    expect(reply.error).toBe(code);
    expect(plainTextOf(reply)).toContain(words);
    expect(await snapshot()).toEqual(before);
  });
});

describe("archive and unarchive", () => {
  it("asks first, saying what happens; only --yes archives", async () => {
    testBot = await createTestBot();
    const before = await snapshot();
    const ask = await testBot.say("archive robotics-tx", maria);
    expect(ask.heading).toBe("Confirm: Archive Middle School Robotics Mentorship (robotics-tx)?");
    const said = plainTextOf(ask);
    expect(said).toContain("the open round (week of 2026-11-23) closes now, without a digest");
    expect(said).toContain("/partner unarchive robotics-tx brings it back as active");
    expect(said).toContain("/partner archive robotics-tx --yes");
    expect(ask.blocks.some((block) => block.type === "actions" && block.buttons.some((button) => button.value === "archive robotics-tx --yes"))).toBe(true);
    expect(await snapshot()).toEqual(before);
  });

  it("takes it out of list, the portfolio and the schedule, keeps status and reports, and unarchive brings it back", async () => {
    testBot = await createTestBot();
    const { id } = await robotics();
    const platform = new FakePlatform();
    const scheduler = new Scheduler({ store: testBot.store, platforms: [platform], clock: testBot.clock, logger: silentLogger, workerId: "t" });
    await scheduler.tick(); // places every schedule's cursor on its next round, Monday 30 November
    const promptsBefore = await testBot.store.db.prompt.count({ where: { partnershipId: id } });
    const deliveredBefore = platform.received.length;
    expect((await testBot.say("archive robotics-tx --yes", maria)).heading).toBe("Middle School Robotics Mentorship (robotics-tx) is archived");
    expect(await testBot.store.db.round.count({ where: { partnershipId: id, status: "open" } })).toBe(0);

    expect(await text("list")).not.toContain("robotics-tx");
    expect(await text("list --status archived")).toContain("robotics-tx: Middle School Robotics Mentorship (archived");
    const portfolio = await testBot.bot.viewPortfolio({ actor: coordinator }, {});
    expect(portfolio.rows.map((row) => row.handle)).not.toContain("robotics-tx");
    expect((await testBot.bot.viewPortfolio({ actor: coordinator }, { status: "archived" })).rows.map((row) => row.handle)).toEqual(["robotics-tx"]);
    expect(JSON.stringify(await testBot.bot.viewHome({ actor: maria }))).not.toContain("robotics-tx");
    expect(await text("status robotics-tx")).toContain("archived");
    expect((await testBot.say("report robotics-tx")).error).toBeUndefined();

    // A week on, the scheduler opens the other partnerships' rounds and nothing for this one.
    testBot.clock.set(new Date("2026-11-30T16:00:00Z"));
    const tick = await scheduler.tick();
    expect(tick.opened).toBeGreaterThan(0);
    expect(await testBot.store.db.round.count({ where: { partnershipId: id, period: "2026-11-30" } })).toBe(0);
    expect(await testBot.store.db.prompt.count({ where: { partnershipId: id } })).toBe(promptsBefore);
    expect(platform.received.slice(deliveredBefore).filter((delivery) => JSON.stringify(delivery).includes("Robotics"))).toEqual([]);

    expect((await testBot.say("resume robotics-tx")).error).toBe("conflict");
    expect((await testBot.say("renew robotics-tx")).error).toBe("conflict");
    expect(await text("renew robotics-tx")).toContain("/partner unarchive robotics-tx, then renew it");

    const back = await testBot.say("unarchive robotics-tx", maria);
    expect(back.heading).toBe("Middle School Robotics Mentorship (robotics-tx) is back");
    expect(plainTextOf(back)).toContain("Next check-in: Monday 7 December 2026, 09:00 (America/Chicago)");
    expect((await robotics()).status).toBe("active");
    expect(await text("list")).toContain("robotics-tx");
    expect((await testBot.store.db.auditEntry.findMany({ where: { partnershipId: id, action: { in: ["archive", "unarchive"] } }, orderBy: { id: "asc" } })).map((entry) => entry.action)).toEqual(["archive", "unarchive"]);
  });

  it("refuses check-ins and metric readings while archived, a form opened before included, and says how to bring it back", async () => {
    testBot = await createTestBot();
    const { id } = await robotics();
    const form = await testBot.run("checkin robotics-tx", maria);
    if (form.kind !== "form") throw new Error("expected the check-in form");
    await testBot.say("archive robotics-tx --yes", maria);
    const counts = async () => ({ checkIns: await testBot.store.db.checkInResponse.count({ where: { partnershipId: id } }), readings: await testBot.store.db.metricReading.count({ where: { metric: { partnershipId: id } } }) });
    const before = await counts();
    const unarchive = "Bring it back first with /partner unarchive robotics-tx.";

    const checkin = await testBot.say("checkin robotics-tx", maria);
    expect(checkin.error).toBe("conflict");
    expect(plainTextOf(checkin)).toContain(`robotics-tx is archived, so it takes no check-ins; nothing was saved. ${unarchive}`);
    const button = await testBot.bot.runAction("checkin.start", String(id), { actor: maria });
    expect(button.kind === "message" && button.error).toBe("conflict");
    const submitted = await testBot.bot.submitForm(form.formId, form.context, { status: "on-track", highlights: "A late one" }, { actor: maria });
    expect(submitted.kind === "message" && submitted.error).toBe("conflict");
    expect(submitted.kind === "message" ? plainTextOf(submitted) : "").toContain(unarchive);
    const reading = await testBot.say("metric record robotics-tx enrollment 40", maria);
    expect(reading.error).toBe("conflict");
    expect(plainTextOf(reading)).toContain(`robotics-tx is archived, so it takes no metric readings; nothing was saved. ${unarchive}`);
    // Someone who may not change it hears that first, as for any partnership.
    expect((await testBot.say("metric record robotics-tx enrollment 40", janet)).error).toBe("forbidden");
    expect(await counts()).toEqual(before);

    await testBot.say("unarchive robotics-tx", maria);
    expect((await testBot.say("metric record robotics-tx enrollment 40", maria)).error).toBeUndefined();
    expect((await testBot.run("checkin robotics-tx", maria)).kind).toBe("form");
  });

  it("brings a paused partnership back paused, with no check-ins", async () => {
    testBot = await createTestBot();
    await testBot.say("pause robotics-tx");
    await testBot.say("archive robotics-tx --yes");
    expect(await text("unarchive robotics-tx")).toContain("Status: paused");
    expect((await robotics()).status).toBe("paused");
  });

  it("refuses someone else's partnership and one archived already", async () => {
    testBot = await createTestBot();
    const before = await snapshot();
    expect((await testBot.say("archive robotics-tx --yes", janet)).error).toBe("forbidden");
    expect((await testBot.say("unarchive robotics-tx")).error).toBe("conflict");
    expect(await snapshot()).toEqual(before);
    await testBot.say("archive robotics-tx --yes");
    expect(await text("archive robotics-tx --yes")).toContain("archived already");
  });
});

describe("renew and terms", () => {
  it("opens a new term with partners, liaisons, charter and metrics carried over, and new targets asked for", async () => {
    testBot = await createTestBot();
    testBot.clock.set(new Date("2027-08-02T15:00:00Z"));
    const reply = await testBot.say("renew robotics-tx --term 2027-28 --starts 2027-08-01 --targets enrollment=50", maria);
    expect(reply.error).toBeUndefined();
    expect(reply.heading).toBe("New term 2027-28 for Middle School Robotics Mentorship (robotics-tx), from 2027-08-01");
    const said = plainTextOf(reply);
    expect(said).toContain("Carried over: 2 partners and 3 liaisons, the charter (version 1) and 3 metrics.");
    expect(said).toContain("/partner report robotics-tx --term 2026-27");
    expect(said).toContain("Robotics club enrollment: from 31 students (the last reading), target 50 students (was 35), due 2028-07-31");
    expect(said).toContain("kept from 2026-27: a new one with /partner term targets robotics-tx mentor-hours=<target>");

    expect(await text("term list robotics-tx")).toContain("2026-27: 2026-08-01 to 2027-07-31");
    expect(await text("term list robotics-tx")).toContain("2027-28: from 2027-08-01 (current, planned to 2028-07-31)");
    expect(plainTextOf(await testBot.say("term targets robotics-tx mentor-hours=80", maria))).toContain("Mentor hours per month: 80 hours (was 60)");
    const audits = await testBot.store.db.auditEntry.findMany({ where: { action: { in: ["renew"] } } });
    expect(audits).toHaveLength(1);
    expect(JSON.parse(audits[0]!.before!).metrics[0]).toMatchObject({ key: "enrollment", baseline: 25, target: 35 });
  });

  it("reports one term, the current one by default, or all, each saying which", async () => {
    testBot = await createTestBot();
    testBot.clock.set(new Date("2027-08-02T15:00:00Z"));
    await testBot.say("renew robotics-tx --term 2027-28 --starts 2027-08-01 --targets enrollment=50");
    testBot.clock.set(new Date("2027-09-15T15:00:00Z"));
    await testBot.say("metric record robotics-tx enrollment 40", maria);

    const current = await testBot.say("report robotics-tx");
    expect(current.heading).toBe("Report: Middle School Robotics Mentorship (robotics-tx), 2027-08-01 to 2028-07-31 (term 2027-28)");
    expect(plainTextOf(current)).toContain("31 students to 40 students, target 50 students");
    expect(plainTextOf(current)).toContain("/p/robotics-tx/report?term=2027-28");

    const past = await testBot.say("report robotics-tx --term 2026-27");
    expect(past.heading).toBe("Report: Middle School Robotics Mentorship (robotics-tx), 2026-08-01 to 2027-07-31 (term 2026-27)");
    expect(plainTextOf(past)).toContain("to 31 students, target 35 students");
    expect(plainTextOf(past)).not.toContain("40 students");

    const all = await testBot.say("report robotics-tx --term all");
    expect(all.heading).toBe("Report: Middle School Robotics Mentorship (robotics-tx), 2026-08-01 to 2028-07-31 (all terms)");

    const web = await testBot.bot.viewReport({ partnership: "robotics-tx", term: "2026-27" }, { actor: coordinator });
    expect(web.kind === "report" && web.report.title).toBe("Middle School Robotics Mentorship: report 2026-08-01 to 2027-07-31 (term 2026-27)");
    const unknown = await testBot.bot.viewReport({ partnership: "robotics-tx", term: "1999-00" }, { actor: coordinator });
    expect(unknown).toMatchObject({ kind: "refused", code: "bad-arguments" });
    expect((await testBot.say("report robotics-tx --term 2026-27 --from 2026-09-01")).error).toBe("bad-arguments");
  });

  it("reopens a completed partnership for the new term", async () => {
    testBot = await createTestBot();
    await testBot.say("edit solar-oh --status completed");
    const said = await text("renew solar-oh --term 2027-28 --starts 2026-12-01");
    expect(said).toContain("Status: completed → active");
    const solar = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "solar-oh" } });
    expect(solar.status).toBe("active");
  });

  it.each([
    ["a term it has", "renew robotics-tx --term 2026-27 --starts 2026-12-01", maria, "conflict", "has a term called 2026-27"],
    ["a metric it does not have", "renew robotics-tx --targets volunteers=10", maria, "not-found", "Its metrics: enrollment, mentor-hours, confidence"],
    ["targets that are not numbers", "renew robotics-tx --targets enrollment=lots", maria, "bad-arguments", "write metric=number"],
    ["a start before the current term's", "renew robotics-tx --starts 2026-07-01", maria, "bad-arguments", "must start after that"],
    ["someone else's partnership", "renew robotics-tx", janet, "forbidden", "Only its liaisons"],
  ])("refuses %s and changes nothing", async (_case, line, actor, code, words) => {
    testBot = await createTestBot();
    const before = await snapshot();
    const metrics = await testBot.store.db.metric.findMany({ orderBy: { id: "asc" } });
    const reply = await testBot.say(line, actor);
    expect(reply.error).toBe(code);
    expect(plainTextOf(reply)).toContain(words);
    expect(await snapshot()).toEqual(before);
    expect(await testBot.store.db.metric.findMany({ orderBy: { id: "asc" } })).toEqual(metrics);
  });

  it("refuses a second term with the same label", async () => {
    testBot = await createTestBot();
    await testBot.say("renew robotics-tx --term 2027-28 --starts 2026-12-01");
    const again = await testBot.say("renew robotics-tx --term 2027-28 --starts 2027-01-04");
    expect(again.error).toBe("conflict");
    expect(plainTextOf(again)).toContain("its terms: 2026-27, 2027-28");
  });
});

describe("on PostgreSQL", () => {
  it("renames, renews and archives the same way", async () => {
    testBot = await createTestBot({ kind: "postgres" });
    await testBot.say("rename robotics-tx lincoln-robotics", maria);
    expect(plainTextOf(await testBot.say("status robotics-tx"))).toContain("`robotics-tx` is now `lincoln-robotics`");
    expect((await testBot.say("rename solar-oh robotics-tx")).error).toBe("conflict");
    expect((await testBot.say("renew robotics-tx --term 2027-28 --starts 2026-12-01 --targets enrollment=50")).error).toBeUndefined();
    expect((await testBot.say("report lincoln-robotics --term 2026-27")).heading).toContain("2026-08-01 to 2026-11-30 (term 2026-27)");
    expect((await testBot.say("renew lincoln-robotics --term 2027-28 --starts 2027-01-04")).error).toBe("conflict");
    expect((await testBot.say("archive lincoln-robotics --yes")).error).toBeUndefined();
    expect(await text("list")).not.toContain("lincoln-robotics");
  });
});
