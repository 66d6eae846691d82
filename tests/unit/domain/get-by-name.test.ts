import { describe, expect, it } from "vitest";
import { getByName, type NameMiss } from "../../../src/domain/get-by-name.js";
import { UserError } from "../../../src/errors.js";

const ORGANIZATIONS = ["Lincoln Middle School", "Ridgeline Engineering", "Ridgeline Foundation"];
const byItself = (name: string) => name;
const missOf = (typed: string, items: readonly string[] = ORGANIZATIONS): NameMiss<string> => {
  let seen: NameMiss<string> | undefined;
  expect(() =>
    getByName(items, typed, byItself, (miss) => {
      seen = miss;
      return new UserError("not-found", "no");
    }),
  ).toThrow(UserError);
  return seen!;
};
const never = (): UserError => {
  throw new Error("should have found one");
};

describe("getByName", () => {
  it("GIVEN the full name in other letter case THEN finds it", () => {
    expect(getByName(ORGANIZATIONS, "  lincoln middle school ", byItself, never)).toBe("Lincoln Middle School");
  });

  it("GIVEN a part only one name contains THEN finds that one", () => {
    expect(getByName(ORGANIZATIONS, "engineering", byItself, never)).toBe("Ridgeline Engineering");
  });

  it("GIVEN an exact name that another name also contains THEN the exact one wins", () => {
    expect(getByName(["Ridgeline", "Ridgeline Engineering"], "ridgeline", byItself, never)).toBe("Ridgeline");
  });

  it("GIVEN a part several names contain THEN offers just those", () => {
    expect(missOf("ridgeline")).toEqual({ typed: "ridgeline", ambiguous: ["Ridgeline Engineering", "Ridgeline Foundation"], suggestions: ["Ridgeline Engineering", "Ridgeline Foundation"] });
  });

  it("GIVEN a name nothing contains THEN offers every name", () => {
    expect(missOf("Science Museum")).toEqual({ typed: "Science Museum", ambiguous: [], suggestions: ORGANIZATIONS });
  });

  it("GIVEN no items THEN offers nothing", () => {
    expect(missOf("Acme", [])).toEqual({ typed: "Acme", ambiguous: [], suggestions: [] });
  });
});
