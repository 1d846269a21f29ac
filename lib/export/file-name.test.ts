import { describe, expect, it } from "vitest";
import { exportFileName } from "./file-name";

describe("exportFileName", () => {
  const day = new Date("2026-11-26T10:00:00Z");
  it("names the view, the filters and the date", () => {
    expect(exportFileName("explorer", new URLSearchParams("subtype=trd,mdd&route=iv&format=csv&page=2"), "csv", day)).toBe(
      "ketamine-evidence_explorer_subtype-trd-mdd_route-iv_2026-11-26.csv",
    );
  });
  it("says all when there is no filter", () => {
    expect(exportFileName("side-effects", new URLSearchParams("format=xlsx"), "xlsx", day)).toBe("ketamine-evidence_side-effects_all_2026-11-26.xlsx");
  });
  it("keeps only safe characters", () => {
    expect(exportFileName("explorer", new URLSearchParams({ q: 'a/b "c" ≥50%' }), "csv", day)).toBe("ketamine-evidence_explorer_q-a-b-c-50_2026-11-26.csv");
  });
});
