import { calendarDateIn } from "../../domain/calendar-date.js";
import { UserError } from "../../errors.js";
import type { Report, ReportRequest, ReportView } from "../../ui/reports/report.js";
import type { CommandContext } from "../command-context.js";
import { getPartnership } from "../get-partnership.js";
import { HandleSchema } from "../argument-schemas.js";
import { buildPartnershipReport } from "./build-partnership-report.js";
import { buildProgramReport } from "./build-program-report.js";
import { resolveReportTerm } from "./resolve-report-term.js";
import { resolveReportWindow } from "./resolve-report-window.js";

// A program spans time zones; its days are UTC days.
const PROGRAM_TIME_ZONE = "UTC";

/** A partnership's report, or the program's: every partnership the person can see in chat. */
export async function loadReport(context: CommandContext, request: ReportRequest): Promise<Report> {
  const now = context.clock.now();
  const generatedAt = now.toISOString();
  if (request.partnership !== undefined) {
    const handle = HandleSchema.safeParse(request.partnership);
    if (!handle.success) throw new UserError("not-found", `No partnership called \`${request.partnership.slice(0, 40)}\` here.`);
    const partnership = await getPartnership(context, handle.data);
    const byDates = [request.from, request.to].some((day) => day !== undefined && day.trim() !== "");
    if (byDates && request.term !== undefined && request.term.trim() !== "") {
      throw new UserError("bad-arguments", "Give either a term (--term 2026-27, or all) or dates (--from and --to), not both.");
    }
    const scope = byDates ? null : await resolveReportTerm(context, partnership, request.term);
    const window = resolveReportWindow(scope ?? request, now, partnership.timezone);
    const data = await context.store.reports.loadPartnership(partnership.id, window, scope?.goals);
    const report = buildPartnershipReport(partnership, data, window, now);
    const of = scope === null ? "" : scope.term.all ? " (all terms)" : ` (term ${scope.term.label})`;
    return {
      kind: "partnership",
      title: `${partnership.name}: report ${window.from} to ${window.to}${of}`,
      range: { from: window.from, to: window.to },
      generatedAt,
      term: scope?.term ?? null,
      partnership: report,
    };
  }
  const window = resolveReportWindow(request, now, PROGRAM_TIME_ZONE);
  const workspace = { platform: context.actor.platform, workspaceId: context.actor.workspaceId };
  const data = await context.store.reports.loadProgram(workspace, window);
  const program = buildProgramReport(data, window, calendarDateIn(now, PROGRAM_TIME_ZONE));
  return { kind: "program", title: `Program report ${window.from} to ${window.to}`, range: { from: window.from, to: window.to }, generatedAt, ...program };
}

/** loadReport for an adapter: the user's mistakes (an unknown partnership, a bad range) as data. */
export async function viewReport(context: CommandContext, request: ReportRequest): Promise<ReportView> {
  try {
    return { kind: "report", report: await loadReport(context, request) };
  } catch (error) {
    if (error instanceof UserError && (error.code === "not-found" || error.code === "bad-arguments")) return { kind: "refused", code: error.code, message: error.message };
    throw error;
  }
}
