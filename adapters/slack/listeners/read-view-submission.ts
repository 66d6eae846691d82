import { FormMetadataSchema, type FormMetadata } from "../render/render-form.js";
import { readFormValues, ViewStateValuesSchema } from "../render/read-form-values.js";
import { firstIssue, ViewSubmissionSchema } from "./payload-schemas.js";

export interface ViewSubmission {
  teamId: string;
  userId: string;
  /** view id and hash: the same for Slack's repeat of one submission. */
  deliveryKey: string;
  inputBlockIds: string[];
  metadata: FormMetadata;
  values: Record<string, string>;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A view_submission payload checked field by field, or what is wrong with it. */
export function readViewSubmission(body: unknown): { submission: ViewSubmission } | { problem: string } {
  const parsed = ViewSubmissionSchema.safeParse(body);
  if (!parsed.success) return { problem: firstIssue(parsed.error) };
  const { view, user, team } = parsed.data;
  const metadata = FormMetadataSchema.safeParse(parseJson(view.private_metadata));
  if (!metadata.success) return { problem: `private_metadata: ${firstIssue(metadata.error)}` };
  const state = ViewStateValuesSchema.safeParse(view.state.values);
  if (!state.success) return { problem: `state.values: ${firstIssue(state.error)}` };
  const teamId = team?.id ?? user.team_id;
  if (teamId === undefined) return { problem: "team: missing" };
  return {
    submission: {
      teamId,
      userId: user.id,
      deliveryKey: `view:${view.id}:${view.hash}`,
      inputBlockIds: view.blocks.flatMap((block) => (block.type === "input" && block.block_id !== undefined ? [block.block_id] : [])),
      metadata: metadata.data,
      values: readFormValues(state.data),
    },
  };
}
