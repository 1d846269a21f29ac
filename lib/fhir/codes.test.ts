import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CERTAINTY_RATINGS, CERTAINTY_TYPES, CONFIDENCE_INTERVAL, P_VALUE, STATISTIC_TYPE, VARIABLE_ROLES } from "./codes";

const require = createRequire(import.meta.url);
function codes(pkg: string, file: string): Set<string> {
  if (pkg === "hl7.terminology.r5") {
    // Extracted by scripts/fhir-terminology-fixture.sh (the package cannot be installed from this registry).
    const fixture = JSON.parse(readFileSync(path.resolve("lib/fhir/fixtures/terminology-r5.json"), "utf8")) as { codeSystems: Record<string, { code: string }[]> };
    const url = `http://terminology.hl7.org/CodeSystem/${file.replace(/^CodeSystem-|\.json$/g, "")}`;
    return new Set(fixture.codeSystems[url].map((c) => c.code));
  }
  const dir = path.dirname(require.resolve(`${pkg}/package.json`));
  const cs = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { concept: { code: string }[] };
  return new Set(cs.concept.map((c) => c.code));
}

describe("every FHIR code the app sends exists in the official R5 code systems", () => {
  it("statistic types, attribute estimates and variable roles (hl7.terminology.r5)", () => {
    const stat = codes("hl7.terminology.r5", "CodeSystem-statistic-type.json");
    for (const { code } of Object.values(STATISTIC_TYPE)) expect(stat.has(code!), code).toBe(true);
    const attr = codes("hl7.terminology.r5", "CodeSystem-attribute-estimate-type.json");
    expect(attr.has(CONFIDENCE_INTERVAL.code) && attr.has(P_VALUE.code)).toBe(true);
    const roles = codes("hl7.terminology.r5", "CodeSystem-variable-role.json");
    for (const r of VARIABLE_ROLES) expect(roles.has(r), r).toBe(true);
  });

  it("certainty ratings and types (hl7.fhir.r5.core)", () => {
    const rating = codes("hl7.fhir.r5.core", "CodeSystem-certainty-rating.json");
    for (const r of CERTAINTY_RATINGS) expect(rating.has(r), r).toBe(true);
    const type = codes("hl7.fhir.r5.core", "CodeSystem-certainty-type.json");
    for (const t of Object.values(CERTAINTY_TYPES)) expect(type.has(t), t).toBe(true);
  });
});
