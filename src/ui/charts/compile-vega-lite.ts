import { compile, type TopLevelSpec } from "vega-lite";

// vega-lite sets Set.prototype.toJSON when it loads, for its own stringify. Left in place, that
// global patch breaks other libraries that inspect Sets (discord.js's event emitter crashes when it
// loads after it), so the patch is put back only while vega-lite compiles.
const vegaLitePatch = Object.getOwnPropertyDescriptor(Set.prototype, "toJSON");
Reflect.deleteProperty(Set.prototype, "toJSON");

/** vega-lite's compile, with its Set patch in place for the duration of the call only. */
export function compileVegaLite(spec: TopLevelSpec): ReturnType<typeof compile> {
  if (vegaLitePatch !== undefined) Object.defineProperty(Set.prototype, "toJSON", vegaLitePatch);
  try {
    return compile(spec);
  } finally {
    Reflect.deleteProperty(Set.prototype, "toJSON");
  }
}
