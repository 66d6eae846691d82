import { describe, expect, it } from "vitest";
import { NumberSchema, readRecordId } from "../../../src/commands/argument-schemas.js";
import { stripControlCharacters } from "../../../src/domain/strip-control-characters.js";

describe("numbers people type", () => {
  it("GIVEN numbers inside ±1e12 with up to 6 decimals THEN they parse", () => {
    for (const [text, value] of [["42", 42], ["-3.5", -3.5], ["80%", 80], ["1000000000000", 1e12], ["-1000000000000", -1e12], ["0.000001", 0.000001]] as const) {
      expect(NumberSchema.parse(text)).toBe(value);
    }
  });

  it("GIVEN a digit string that would be Infinity, a number past the range or 7 decimals THEN the error names the range", () => {
    for (const text of ["9".repeat(400), "1000000000000.5", "-1000000000001", "0.0000001"]) {
      const result = NumberSchema.safeParse(text);
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("use a number between -1,000,000,000,000 and 1,000,000,000,000, with at most 6 decimals");
    }
  });
});

describe("ids from buttons and forms", () => {
  it("GIVEN 1 to 2147483647 THEN an id, else null", () => {
    expect(readRecordId("1")).toBe(1);
    expect(readRecordId("2147483647")).toBe(2_147_483_647);
    for (const text of ["0", "2147483648", "12345678901234567890", "-1", "1.0", "", " 7"]) expect(readRecordId(text)).toBeNull();
  });
});

describe("control characters", () => {
  it("GIVEN NUL, escapes, DEL and carriage returns THEN only tab and newline remain", () => {
    expect(stripControlCharacters("a\u0000b\u001b[0m\u007f\tc\r\nd\re")).toBe("ab[0m\tc\nd\ne");
  });
});
