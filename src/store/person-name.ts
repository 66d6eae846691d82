import type { Workspace } from "./partnerships-repository.js";

/**
 * A person's name as one workspace knows it. Names are kept per chat identity, so a Discord
 * nickname does not rename the person in Slack: a viewer sees the name from their own workspace
 * where the person has one, else the person's first-known name.
 */
export function selectPersonName(viewer: Workspace) {
  return { displayName: true, identities: { where: { platform: viewer.platform, workspaceId: viewer.workspaceId }, orderBy: { id: "asc" }, take: 1, select: { displayName: true } } } as const;
}

/** The name `selectPersonName` read. */
export function personNameOf(person: { displayName: string; identities: { displayName: string | null }[] }): string {
  const local = person.identities[0]?.displayName;
  return local === undefined || local === null || local === "" ? person.displayName : local;
}
