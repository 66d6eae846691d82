import { describe, expect, it } from "vitest";
import { Acknowledgements } from "../../../adapters/discord/respond/acknowledgements.js";

const turnsOfTheEventLoop = async (count: number) => {
  for (let turn = 0; turn < count; turn++) await new Promise((resolve) => setImmediate(resolve));
};

describe("Acknowledgements", () => {
  it("GIVEN a deferral still on its way to Discord THEN no waiting work starts until it has arrived", async () => {
    const acknowledgements = new Acknowledgements(60_000, 0);
    let received!: () => void;
    const deferral = acknowledgements.track(new Promise<void>((resolve) => (received = resolve)));
    let started = false;
    const work = acknowledgements.settled().then(() => (started = true));
    await turnsOfTheEventLoop(20);
    expect(started).toBe(false);
    received();
    await deferral;
    await work;
    expect(started).toBe(true);
  });

  it("GIVEN a burst of waiting work THEN it starts in order, ten pieces per turn of the event loop", async () => {
    const acknowledgements = new Acknowledgements(60_000, 0);
    const started: number[] = [];
    const work = Array.from({ length: 25 }, (_, index) => acknowledgements.settled().then(() => started.push(index)));
    await work[9];
    expect(started).toEqual(Array.from({ length: 10 }, (_, index) => index));
    await work[19];
    expect(started).toEqual(Array.from({ length: 20 }, (_, index) => index));
    await Promise.all(work);
    expect(started).toEqual(Array.from({ length: 25 }, (_, index) => index));
  });
});
