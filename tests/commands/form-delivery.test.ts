import { pino } from "pino";
import { afterEach, describe, expect, it } from "vitest";
import { createBot } from "../../src/create-bot.js";
import { DUPLICATE_DELIVERY } from "../../src/ports/core.js";
import type { Database } from "../../src/store/create-database.js";
import { createStore } from "../../src/store/create-store.js";
import type { Form } from "../../src/ui/reply.js";
import { ALL_CONVENTIONS } from "../support/all-conventions.js";
import { createTestBot, maria, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

/**
 * The same database, but the connection drops as a check-in is written and stays down until
 * `restore()`: the rest of that request (the claim's undo too) fails, as when the process crashes.
 */
function databaseThatDropsOnFirstCheckIn(db: Database): { db: Database; restore(): void } {
  let down = false;
  let armed = true;
  const dropping = db.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        if (armed && model === "CheckInResponse" && (operation === "create" || operation === "update")) [armed, down] = [false, true];
        if (down) throw new Error("Connection to the database was lost");
        return query(args);
      },
    },
  }) as unknown as Database;
  return { db: dropping, restore: () => (down = false) };
}

describe("a form the platform delivers again", () => {
  it("saves the platform's retry of a submission whose save failed after it arrived", async () => {
    testBot = await createTestBot();
    const form = await testBot.run("checkin robotics-tx", maria);
    if (form.kind !== "form") throw new Error("expected the check-in form");
    const { formId, context } = form as Form;
    const flaky = databaseThatDropsOnFirstCheckIn(testBot.store.db);
    const bot = createBot({ store: createStore(flaky.db, testBot.store.flavor), clock: testBot.clock, logger: pino({ level: "silent" }), conventions: ALL_CONVENTIONS });
    const values = { status: "at-risk", highlights: "Kits arrived after the outage" };
    const deliveryKey = "view:V-CRASH:1700000002.abcdef";

    const first = await bot.submitForm(formId, context, values, { actor: maria }, { deliveryKey }).catch((error: unknown) => error);
    expect(first).not.toMatchObject({ kind: "message", error: undefined });
    flaky.restore();

    const retry = await bot.submitForm(formId, context, values, { actor: maria }, { deliveryKey });
    expect(retry.kind === "message" && retry.error).toBe(undefined);
    const saved = await testBot.store.db.checkInResponse.findFirst({ where: { highlights: "Kits arrived after the outage" } });
    expect(saved?.status).toBe("at-risk");

    // A repeat of the saved submission is answered as one and saves nothing more.
    const audits = await testBot.store.db.auditEntry.count({ where: { entity: "check-in" } });
    const repeat = await bot.submitForm(formId, context, values, { actor: maria }, { deliveryKey });
    expect(repeat.kind === "message" && repeat.error).toBe(DUPLICATE_DELIVERY);
    expect(await testBot.store.db.auditEntry.count({ where: { entity: "check-in" } })).toBe(audits);
  });
});
