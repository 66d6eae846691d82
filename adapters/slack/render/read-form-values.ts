import { z } from "zod";

const InputStateSchema = z.looseObject({
  type: z.string(),
  value: z.string().nullish(),
  selected_option: z.looseObject({ value: z.string() }).nullish(),
});

/** view.state.values: block id, then action id, then the element's state. */
export const ViewStateValuesSchema = z.record(z.string(), z.record(z.string(), InputStateSchema));
export type ViewStateValues = z.infer<typeof ViewStateValuesSchema>;

/** The submitted value of each field (block id = field id); empty inputs are left out, as the core expects. */
export function readFormValues(values: ViewStateValues): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(values)) {
    for (const state of Object.values(actions)) {
      const value = state.selected_option?.value ?? state.value ?? undefined;
      if (value !== undefined && value !== "") result[blockId] = value;
    }
  }
  return result;
}

/** Slack shows each error under the input whose block id it names; errors for unknown ids go on the first input. */
export function mapFormErrors(errors: Record<string, string>, blockIds: string[]): Record<string, string> {
  const mapped: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [fieldId, message] of Object.entries(errors)) {
    if (blockIds.includes(fieldId)) mapped[fieldId] = message;
    else unplaced.push(message);
  }
  const first = blockIds[0];
  if (unplaced.length > 0 && first !== undefined) mapped[first] = [mapped[first], ...unplaced].filter(Boolean).join(" ");
  return mapped;
}
