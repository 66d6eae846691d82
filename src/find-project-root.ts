import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The folder holding package.json, from src/ under tsx or dist/src/ after a build. */
export function findProjectRoot(moduleUrl: string): string {
  let folder = path.dirname(fileURLToPath(moduleUrl));
  while (!existsSync(path.join(folder, "package.json"))) {
    const parent = path.dirname(folder);
    if (parent === folder) throw new Error("package.json not found above " + fileURLToPath(moduleUrl));
    folder = parent;
  }
  return folder;
}
