import { afterEach, describe, expect, it } from "vitest";
import { MetricKeySchema } from "../../src/commands/metrics/metric-key-schema.js";
import { QuestionTextSchema } from "../../src/commands/questions/question-schemas.js";
import { PROGRAM_TEMPLATES } from "../../src/commands/templates/program-templates.js";
import { PROGRAM_MODELS } from "../../src/domain/vocabulary.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import { changedTables, createFingerprinter } from "../fuzz/support/fingerprint-database.js";
import { createTestBot, maria, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

async function partnershipNamed(handle: string) {
  return testBot.store.db.partnership.findFirstOrThrow({
    where: { handle },
    include: { metrics: { orderBy: { id: "asc" } }, milestones: { orderBy: { dueOn: "asc" } }, checkInQuestions: { orderBy: { position: "asc" } } },
  });
}

describe("program templates", () => {
  it("offers one template per program model but funding, each a school year of metrics, milestones and questions that the commands would accept", () => {
    expect(PROGRAM_TEMPLATES.map((template) => template.name).sort()).toEqual(PROGRAM_MODELS.filter((model) => model !== "funding").sort());
    for (const template of PROGRAM_TEMPLATES) {
      expect(template.metrics.length).toBeGreaterThanOrEqual(3);
      expect(template.milestones.length).toBeGreaterThanOrEqual(5);
      for (const metric of template.metrics) {
        expect(MetricKeySchema.safeParse(metric.key).success, metric.key).toBe(true);
        expect(metric.target).not.toBe(metric.baseline);
      }
      expect(new Set(template.metrics.map((metric) => metric.key)).size).toBe(template.metrics.length);
      for (const milestone of template.milestones) expect(milestone.week).toBeGreaterThan(0);
      for (const question of template.questions) {
        expect(QuestionTextSchema.safeParse(question.prompt).success, question.prompt).toBe(true);
        expect(question.kind === "choice" ? question.options.length >= 2 : question.options.length === 0).toBe(true);
      }
    }
  });

  it("lists the templates, and shows one with its metrics, milestones by week and questions", async () => {
    testBot = await createTestBot();
    const list = plainTextOf(await testBot.say("templates"));
    for (const name of ["mentorship", "after-school", "internships", "curriculum", "research", "professional-development"]) expect(list).toContain(`${name}: `);
    expect(list).toContain("Students mentored, Mentor hours");

    const one = plainTextOf(await testBot.say("templates robotics"));
    expect(one).toContain("Template after-school: Robotics or after-school club");
    expect(one).toContain("Club enrollment (club-enrollment): 0 to 40 students by week 10");
    expect(one).toContain("Competitions entered (competitions): 0 to 3 competitions by week 36");
    expect(one).toContain("Week 22: Regional competition");
    expect(one).toContain("Equipment and kits (single choice: All working, Some need repair, Parts missing)");
  });

  it("creates a partnership from a template in its time zone: metrics, milestones in weeks from the start, questions, program models, all audited", async () => {
    testBot = await createTestBot();
    // 18:00 UTC on 2026-11-23 is already 2026-11-24 in Auckland: the start is the partnership's today.
    const reply = await testBot.say('new mentors-nz "Auckland Mentors" --template mentorship --timezone Pacific/Auckland --models funding');
    expect(reply.error).toBeUndefined();
    const text = plainTextOf(reply);
    expect(text).toContain("From the mentorship template (Mentorship program), its school year starting 2026-11-24");
    expect(text).toContain("Students mentored: target 30 students by 2027-08-03");
    expect(text).toContain("2026-12-15: Mentors recruited and cleared to work with students");

    const created = await partnershipNamed("mentors-nz");
    expect(created.programModels).toBe("mentorship,funding");
    expect(created.metrics.map((metric) => [metric.key, metric.unit, metric.baseline, metric.target, metric.direction, metric.dueOn])).toEqual([
      ["students-mentored", "students", 0, 30, "increase", "2027-08-03"],
      ["mentor-hours", "hours", 0, 300, "increase", "2027-08-03"],
      ["active-mentors", "mentors", 0, 10, "increase", "2027-01-19"],
      ["stem-confidence", "points", 3, 4, "increase", "2027-08-03"],
    ]);
    expect(created.milestones.map((milestone) => milestone.dueOn)).toEqual(["2026-12-15", "2026-12-22", "2027-01-05", "2027-03-16", "2027-03-30", "2027-05-25", "2027-08-03"]);
    expect(created.checkInQuestions.map((question) => [question.position, question.kind])).toEqual([[1, "number"], [2, "scale"], [3, "text"]]);

    const audits = await testBot.store.db.auditEntry.findMany({ where: { partnershipId: created.id } });
    const counts = audits.reduce<Record<string, number>>((sum, audit) => ({ ...sum, [audit.entity]: (sum[audit.entity] ?? 0) + 1 }), {});
    expect(counts).toEqual({ partnership: 1, metric: 4, milestone: 7, "check-in-question": 3, template: 1 });
    expect(audits.every((audit) => audit.actorId !== null)).toBe(true);
  });

  it("dates the milestones from --starts, and asks the template's questions in the first check-in", async () => {
    testBot = await createTestBot();
    await testBot.say('new club-tx "Robotics Club" --template after-school --starts 2027-08-16');
    const created = await partnershipNamed("club-tx");
    expect(created.milestones[0]).toMatchObject({ title: "Club recruitment drive and kickoff", dueOn: "2027-08-30" });
    expect(created.programModels).toBe("after-school,mentorship");
    // A school year that started in September: the milestones already past say so.
    const late = plainTextOf(await testBot.say('new lab-tx "University Lab" --template research --starts 2026-09-01'));
    expect(late).toContain("3 milestones fall before today and count as overdue: mark the ones you reached with /partner milestone done lab-tx <number>.");
    const form = await testBot.run("checkin club-tx");
    expect(form.kind === "form" && form.fields.map((field) => field.label).slice(-3)).toEqual(["Students at club sessions this week", "Equipment and kits", "Competition or showcase news"]);
  });

  it("says which templates exist when the name is unknown, and creates nothing", async () => {
    testBot = await createTestBot();
    // A first command makes the person who types it; after that a refused one changes nothing.
    for (const actor of [undefined, maria]) await testBot.say("help", actor);
    const fingerprint = await createFingerprinter(testBot.store.db, testBot.database.kind);
    const before = await fingerprint();
    const reply = await testBot.say('new space-tx "Space Club" --template rocketry');
    expect(reply.error).toBe("not-found");
    expect(plainTextOf(reply)).toContain('There is no template "rocketry". Use one of: mentorship, after-school, internships, curriculum, research, professional-development');
    expect((await testBot.say("templates rocketry")).error).toBe("not-found");
    const dated = await testBot.say('new space-tx "Space Club" --starts 2027-08-16');
    expect(dated.error).toBe("bad-arguments");
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });

  it("creates nothing from a template when the handle is taken, or for someone who is not a coordinator", async () => {
    testBot = await createTestBot();
    // A first command makes the person who types it; after that a refused one changes nothing.
    for (const actor of [undefined, maria]) await testBot.say("help", actor);
    const fingerprint = await createFingerprinter(testBot.store.db, testBot.database.kind);
    const before = await fingerprint();
    const taken = await testBot.say('new robotics-tx "Robotics again" --template after-school');
    expect(taken.error).toBe("conflict");
    const refused = await testBot.say('new pd-tx "Teacher PD" --template professional-development', maria);
    expect(refused.error).toBeDefined();
    expect(plainTextOf(refused)).toMatch(/coordinator/i);
    expect(changedTables(before, await fingerprint())).toEqual([]);
  });
});
