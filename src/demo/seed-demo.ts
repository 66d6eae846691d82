import type { Store } from "../store/create-store.js";
import { DEMO_PARTNERSHIPS } from "./demo-partnerships.js";
import { DEMO_WORKSPACE } from "./demo-workspace.js";
import { planDemoPartnership } from "./plan-demo-partnership.js";

/** Seeds the console's demo workspace once: partnerships with charters, metrics and weeks of history. */
export async function seedDemo(store: Store, now: Date): Promise<boolean> {
  return store.seeds.seedWorkspace(DEMO_WORKSPACE, DEMO_PARTNERSHIPS.map((demo) => planDemoPartnership(demo, now)));
}
