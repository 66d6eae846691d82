import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs the real bot (src/main.ts under tsx) with piped standard input, as `npm start` would. */
function runBot(input: string, env: Record<string, string>): Promise<{ stdout: string; stderr: string; code: number }> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ["--import", "tsx", "src/main.ts"],
      { cwd: root, env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env }, timeout: 60_000 },
      (error, stdout, stderr) => resolve({ stdout, stderr, code: error ? Number(error.code ?? 1) : 0 }),
    );
    child.stdin!.end(input);
  });
}

describe("the console adapter as a process", () => {
  it("migrates a new SQLite file, seeds the demo, answers piped commands and exits at end of input", async () => {
    const database = `file:${path.join(mkdtempSync(path.join(tmpdir(), "console-e2e-")), "bot.db")}`;
    const first = await runBot("/partner list\n/partner status robotics-tx\n", { DATABASE_URL: database });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain("robotics-tx: Middle School Robotics Mentorship");
    expect(first.stdout).toContain("== Middle School Robotics Mentorship (robotics-tx): at risk ==");
    expect(first.stdout).toMatch(/Robotics club enrollment\n\s+▓+░+ \d+%/);

    // A check-in typed line by line is stored, and a second start keeps it and does not seed again.
    const checkIn = "checkin solar-oh\n3\nBoard presentation went well\nInverter fault\n\n\n\n\n";
    const second = await runBot(`${checkIn}status solar-oh\nlist\n`, { DATABASE_URL: database });
    expect(second.code).toBe(0);
    expect(second.stdout).toContain("== Check-in saved ==");
    expect(second.stdout).toContain("Rural Solar Classroom is off track in your view.");
    expect(second.stdout).toContain("== Partnerships (3) ==");
  }, 120_000);

  it("stops at start with a message that names a bad variable", async () => {
    const result = await runBot("list\n", { DATABASE_URL: "mysql://nope", COORDINATORS: "slack-T1-U2" });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain("DATABASE_URL: expected file:./path.db or postgresql://");
    expect(result.stderr).toContain("COORDINATORS: each entry is platform:workspace:user");
    expect(result.stdout).toBe("");
  });
});
