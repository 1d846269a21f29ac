import { describe, expect, it } from "vitest";
import { parseChangesPageQuery, parseChangesQuery } from "./changes-query";

describe("changes queries", () => {
  it("the page takes `full`, a dataset version whose lists are shown whole", () => {
    expect(parseChangesPageQuery({ since: "2026-01-01", full: "2026-11-30.ab12cd34" })).toEqual({
      ok: true,
      query: { since: "2026-01-01", full: "2026-11-30.ab12cd34" },
    });
  });

  it("a malformed `full` is reported by name and the rest of the link still parses without it", () => {
    const bad = parseChangesPageQuery({ since: "2026-01-01", full: "everything" });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues).toEqual([{ param: "full", message: "full must be a dataset version such as 2026-11-30.ab12cd34" }]);
    expect(parseChangesPageQuery({ since: "2026-01-01" })).toEqual({ ok: true, query: { since: "2026-01-01" } });
  });

  it("the API always returns whole lists, so it does not accept `full`", () => {
    const api = parseChangesQuery({ full: "2026-11-30.ab12cd34" });
    expect(api.ok).toBe(false);
    if (api.ok) return;
    expect(api.message).toContain('unknown parameter "full"');
  });
});
