import { CHECK_IN_STATUSES, labelOf } from "../../domain/vocabulary.js";
import type { PartnershipRecord } from "../../store/partnerships-repository.js";
import type { CheckInFormData } from "../../store/check-ins-repository.js";
import type { Form, FormField } from "../../ui/reply.js";

export const CHECK_IN_FORM_ID = "checkin";

/** The field id of a metric's new reading in the check-in form. */
export function metricFieldId(metricId: number): string {
  return `metric-${metricId}`;
}

/** The charter-aware check-in: status, highlights, blockers, needs, and a new reading of each metric. */
export function buildCheckInForm(partnership: PartnershipRecord, data: CheckInFormData): Form {
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
    ...data.metrics.map(
      (metric): FormField => ({
        id: metricFieldId(metric.id),
        label: `${metric.name}${metric.unit ? ` (${metric.unit})` : ""}`.slice(0, 45),
        kind: "number",
        required: false,
        placeholder: metric.current === null ? `target ${metric.target}` : `last ${metric.current}, target ${metric.target}`,
      }),
    ),
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
