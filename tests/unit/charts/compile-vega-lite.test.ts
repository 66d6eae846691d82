import { describe, expect, it } from "vitest";
import { renderChartSvg } from "../../../src/ui/charts/render-chart-svg.js";

describe("vega-lite's global Set patch", () => {
  it("is gone after a chart renders, so discord.js still loads after the charts", async () => {
    const svg = await renderChartSvg({ kind: "line", title: "Students mentored", description: "Two readings", series: [{ label: "Students", points: [{ x: "2026-09-01", y: 4 }, { x: "2026-10-01", y: 9 }] }] });
    expect(svg).toContain("<title");
    expect(Object.getOwnPropertyDescriptor(Set.prototype, "toJSON")).toBeUndefined();
    const discord = await import("discord.js");
    expect(typeof discord.Client).toBe("function");
  });
});
