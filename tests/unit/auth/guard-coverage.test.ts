import fs from "node:fs";
import path from "node:path";

// Every staff server action and staff route handler must call requirePermission() as its first statement,
// so no code path reaches the database before the role check. Public actions are listed explicitly.
const ROOT = path.resolve(__dirname, "../../..");
const PUBLIC_ACTION_FILES = new Set(["lib/requests/public-actions.ts", "lib/objections/public-actions.ts", "lib/complaints/public-actions.ts", "lib/survey/public-actions.ts"]);

function filesUnder(dir: string, match: (file: string) => boolean): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(rel, match));
    else if (match(rel)) out.push(rel);
  }
  return out;
}

/** Exported async functions with the first statement of their body. */
function exportedFunctions(source: string): { name: string; firstStatement: string }[] {
  const found: { name: string; firstStatement: string }[] = [];
  const pattern = /export\s+async\s+function\s+(\w+)\s*\(/g;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    // Skip the parameter list (may contain nested parentheses and types), then the body's "{".
    let depth = 0;
    let i = match.index + match[0].length - 1;
    for (; i < source.length; i++) {
      if (source[i] === "(") depth++;
      else if (source[i] === ")" && --depth === 0) break;
    }
    const bodyStart = source.indexOf("{", i);
    const firstStatement = source.slice(bodyStart + 1).trimStart().split(/;\s*\n/)[0];
    found.push({ name: match[1], firstStatement });
  }
  return found;
}

const serverActionFiles = filesUnder("lib", (f) => /actions\.ts$/.test(f)).filter((f) => {
  const text = fs.readFileSync(path.join(ROOT, f), "utf8");
  return /^["']use server["']/m.test(text) && !PUBLIC_ACTION_FILES.has(f);
});
const staffRouteHandlers = filesUnder("app/(staff)", (f) => /route\.ts$/.test(f));
const staffPages = filesUnder("app/(staff)", (f) => /page\.tsx$/.test(f) && !f.includes("tidak-berwenang"));

describe("role guard coverage", () => {
  it("finds the staff action files and route handlers", () => {
    expect(serverActionFiles.length).toBeGreaterThanOrEqual(5);
    expect(staffRouteHandlers.length).toBeGreaterThanOrEqual(1);
  });

  it.each([...serverActionFiles, ...staffRouteHandlers])("%s: every exported function guards first", (file) => {
    const functions = exportedFunctions(fs.readFileSync(path.join(ROOT, file), "utf8"));
    expect(functions.length).toBeGreaterThan(0);
    for (const fn of functions) {
      expect({ fn: fn.name, first: fn.firstStatement }).toEqual({ fn: fn.name, first: expect.stringContaining("await requirePermission(") });
    }
  });

  it.each(staffPages)("%s: the page checks the role on the server", (file) => {
    const source = fs.readFileSync(path.join(ROOT, file), "utf8");
    expect(source).toMatch(/requirePermission\(|requireStaff\(/);
  });
});
