import { CHECK_IN_STATUSES, labelOf } from "../../domain/vocabulary.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { CheckInFormData } from "../../store/check-ins-repository.js";
import type { Form, FormField } from "../../ui/reply.js";
import { buildQuestionFields, type CheckInQuestionsData } from "./build-question-fields.js";

export const CHECK_IN_FORM_ID = "checkin";

/** The field id of a metric's new reading in the check-in form. */
export function metricFieldId(metricId: number): string {
  return `metric-${metricId}`;
}

/**
 * How many metric readings one check-in asks for. Every platform must open the form: a Slack modal
 * holds 100 blocks, a Discord form 20 modals of 5 inputs (25 metrics take 6), and past about 96
 * metrics neither opened at all. 25 is also as many as anyone answers in a weekly check-in.
 */
export const CHECK_IN_METRIC_LIMIT = 25;

type FormMetric = CheckInFormData["metrics"][number];

/** The metrics the form asks about: the most recently read or added, shown in their usual order. */
export function pickCheckInMetrics(metrics: readonly FormMetric[]): { asked: FormMetric[]; others: number } {
  const recent = [...metrics].sort((a, b) => b.activeAt.getTime() - a.activeAt.getTime() || a.id - b.id).slice(0, CHECK_IN_METRIC_LIMIT);
  const asked = metrics.filter((metric) => recent.includes(metric));
  return { asked, others: metrics.length - asked.length };
}

/** Where a check-in that could not ask about every metric sends the rest (after it is saved). */
export function describeOtherMetrics(total: number, handle: string): string {
  return `This check-in asks about ${CHECK_IN_METRIC_LIMIT} of ${total} metrics; record the others with /partner metric record ${handle} <metric> <value>.`;
}

function placeholderOf(metric: FormMetric): string {
  return metric.current === null ? `target ${metric.target}` : `last ${metric.current}, target ${metric.target}`;
}

/**
 * The charter-aware check-in: status, highlights, blockers, needs, a new reading of each metric it
 * can ask about, then the partnership's own questions (at most 10: with 25 metrics that is 39 fields,
 * 40 of Slack's 100 blocks and 8 Discord modals).
 */
export function buildCheckInForm(partnership: PartnershipRecord, data: CheckInFormData, own: CheckInQuestionsData = { questions: [], previous: new Map() }): Form {
  const { asked, others } = pickCheckInMetrics(data.metrics);
  const fields: FormField[] = [
    {
      id: "status",
      label: "How is the partnership doing?",
      kind: "choice",
      required: true,
      options: CHECK_IN_STATUSES.map((status) => ({ value: status, label: labelOf(status) })),
      initial: data.previous?.status,
    },
    { id: "highlights", label: "Highlights and wins", kind: "long", required: false, maxLength: 3000, initial: data.previous?.highlights || undefined },
    { id: "blockers", label: "Blockers", kind: "long", required: false, maxLength: 3000, initial: data.previous?.blockers || undefined },
    { id: "needs", label: "What do you need from partners?", kind: "long", required: false, maxLength: 3000, initial: data.previous?.needs || undefined },
    ...asked.map(
      (metric, index): FormField => ({
        id: metricFieldId(metric.id),
        label: `${metric.name}${metric.unit ? ` (${metric.unit})` : ""}`.slice(0, 45),
        kind: "number",
        required: false,
        // The last question says where the metrics left out go; the saved answer says it again.
        placeholder: others > 0 && index === asked.length - 1 ? `${placeholderOf(metric)}; ${others} more with /partner metric record` : placeholderOf(metric),
      }),
    ),
    ...buildQuestionFields(own),
  ];
  return {
    kind: "form",
    formId: CHECK_IN_FORM_ID,
    context: `${partnership.id}:${data.round?.id ?? ""}`,
    title: "Weekly check-in",
    submitLabel: "Send check-in",
    fields,
  };
}
