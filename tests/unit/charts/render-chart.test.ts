import { describe, expect, it } from "vitest";
import { describeChartLatest } from "../../../src/ui/charts/describe-chart-latest.js";
import { renderChartPng } from "../../../src/ui/charts/render-chart-png.js";
import { renderChartSparkline, sparkline } from "../../../src/ui/charts/render-chart-sparkline.js";
import { renderChartSvg } from "../../../src/ui/charts/render-chart-svg.js";
import type { Chart } from "../../../src/ui/reply.js";

const attendance: Chart = {
  title: "Students in robotics club",
  description: "Weekly attendance since September, against a target of 30 students by December 15.",
  kind: "line",
  unit: "students",
  baseline: 10,
  target: 30,
  dueDate: "2026-12-15",
  series: [{ label: "Attendance", points: [{ x: "2026-09-01", y: 12 }, { x: "2026-09-08", y: 15 }, { x: "2026-09-15", y: 19 }, { x: "2026-09-22", y: 18 }, { x: "2026-09-29", y: 23 }] }],
};

const answers: Chart = {
  title: "Check-in answers per round",
  description: "How many liaisons answered each round.",
  kind: "bars",
  series: [
    { label: "Answered", points: [{ x: "Sep 1", y: 3 }, { x: "Sep 8", y: 4 }, { x: "Sep 15", y: 2 }] },
    { label: "Asked", points: [{ x: "Sep 1", y: 5 }, { x: "Sep 8", y: 5 }, { x: "Sep 15", y: 5 }] },
  ],
};

/** The inner markup of the first <g> whose class starts with `classPrefix`. */
function markGroup(svg: string, classPrefix: string): string {
  const start = svg.indexOf(`<g class="${classPrefix}`);
  expect(start, `no ${classPrefix} group`).toBeGreaterThanOrEqual(0);
  return svg.slice(start, svg.indexOf("</g>", start));
}

describe("a chart drawn as SVG", () => {
  it("draws one point per reading and a dashed target line with its label", async () => {
    const svg = await renderChartSvg(attendance);
    expect(markGroup(svg, "mark-symbol role-mark").match(/<path /g)).toHaveLength(5);
    expect(markGroup(svg, "mark-rule role-mark layer_1")).toContain('stroke-dasharray="6,4"');
    expect(svg).toContain(">Target 30 students</text>");
    expect(svg).toContain(">Baseline 10 students</text>");
    expect(svg).toContain(">Due 2026-12-15</text>");
  });

  it("is announced as one image, with the chart's title and description", async () => {
    const svg = await renderChartSvg(attendance, { idPrefix: "metric-7" });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="metric-7-title" aria-describedby="metric-7-desc">/);
    expect(svg).toContain('<title id="metric-7-title">Students in robotics club</title>');
    expect(svg).toContain(`<desc id="metric-7-desc">${attendance.description}</desc>`);
    expect(svg.match(/role="/g)).toHaveLength(1);
  });

  it("draws a bar per count and series, and escapes text", async () => {
    const svg = await renderChartSvg({ ...answers, title: "Answers <per> round & more" });
    expect(markGroup(svg, "mark-rect role-mark").match(/<path /g)).toHaveLength(6);
    expect(svg).toContain("<title id=");
    expect(svg).toContain("Answers &lt;per&gt; round &amp; more</title>");
  });

  it("gives each chart its own data when several render at once", async () => {
    const charts = [1, 2, 3, 4].map((count): Chart => ({ ...attendance, title: `Chart ${count}`, series: [{ label: "A", points: attendance.series[0]!.points.slice(0, count) }] }));
    const svgs = await Promise.all(charts.map((chart) => renderChartSvg(chart)));
    expect(svgs.map((svg) => markGroup(svg, "mark-symbol role-mark").match(/<path /g)?.length)).toEqual([1, 2, 3, 4]);
  });
});

describe("a chart as PNG", () => {
  it("is a valid PNG of the asked width", async () => {
    const png = await renderChartPng(attendance, 800);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect(png.readUInt32BE(16)).toBe(800);
  });

  it("draws a chart once while its data stays the same, and again when a reading changes", async () => {
    const first = await renderChartPng(answers, 640);
    const [again, concurrent] = await Promise.all([renderChartPng(structuredClone(answers), 640), renderChartPng(answers, 640)]);
    expect(again).toBe(first);
    expect(concurrent).toBe(first);
    const changed: Chart = { ...answers, series: [{ ...answers.series[0]!, points: [...answers.series[0]!.points, { x: "Sep 22", y: 5 }] }, answers.series[1]!] };
    const redrawn = await renderChartPng(changed, 640);
    expect(redrawn).not.toBe(first);
    expect(redrawn.equals(first)).toBe(false);
    expect((await renderChartPng(answers, 480)).readUInt32BE(16)).toBe(480);
  });
});

describe("a chart in text", () => {
  it("GIVEN five readings THEN the sparkline has five bars, lowest to highest", () => {
    expect(sparkline([12, 15, 19, 18, 23])).toHaveLength(5);
    expect(sparkline([1, 8])).toBe("▁█");
    expect(sparkline([4, 4, 4])).toBe("▄▄▄");
    expect(sparkline([])).toBe("");
  });

  it("prints the title, the sparkline, the latest value and the target", () => {
    expect(renderChartSparkline(attendance)).toBe("Students in robotics club\n▁▃▅▅█ 23 students (target 30 students)");
    expect(renderChartSparkline(answers).split("\n")).toEqual(["Check-in answers per round", "Answered: ▅█▁ 2", "Asked: ▄▄▄ 5"]);
  });

  it("describes the latest value against target and baseline for platforms without the image", () => {
    expect(describeChartLatest(attendance)).toEqual(["Attendance: 23 students on 2026-09-29, target 30 students by 2026-12-15, baseline 10 students"]);
    expect(describeChartLatest({ ...answers, series: [{ label: "Answered", points: [] }] })).toEqual(["Answered: no readings yet"]);
  });
});
