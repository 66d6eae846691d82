import { it } from "vitest";
import { createFuzzBot } from "../fuzz/support/fuzz-bot.js";
import { textsWithControls, changedTables } from "../fuzz/support/fingerprint-database.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
it("probe", async () => {
  const f = await createFuzzBot("sqlite");
  const a = await f.fingerprint();
  const r = await f.say('milestone add robotics-tx 2027-02-06 "x\u0000y\u0001"');
  console.log(plainTextOf(r), r.error);
  const b = await f.fingerprint();
  console.log(changedTables(a, b), textsWithControls(b), b.texts.length, b.nonFiniteNumbers);
  const r2 = await f.say('metric record robotics-tx enrollment 99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999');
  console.log(plainTextOf(r2), r2.error, (await f.fingerprint()).nonFiniteNumbers);
  await f.close();
});
