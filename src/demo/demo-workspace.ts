/** The console's workspace, where the demo partnerships live. */
export const DEMO_WORKSPACE = { platform: "console", workspaceId: "demo" } as const;
/** Who the console speaks as: a coordinator of the demo workspace. */
export const DEMO_COORDINATOR = { userId: "demo-coordinator", displayName: "Demo Coordinator" } as const;
