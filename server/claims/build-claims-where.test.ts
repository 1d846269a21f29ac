import { describe, expect, it } from "vitest";
import { parseClaimsQuery } from "../../lib/schemas/claims-query";
import { buildClaimsOrderBy, buildClaimsWhere, buildSourcesWhere } from "./build-claims-where";

function where(qs: string) {
  const parsed = parseClaimsQuery(new URLSearchParams(qs));
  if (!parsed.ok) throw new Error(parsed.message);
  return buildClaimsWhere(parsed.query);
}

describe("buildClaimsWhere", () => {
  it("is empty without filters", () => {
    expect(where("")).toEqual({});
  });

  it("ORs values within a parameter and ANDs across parameters", () => {
    expect(where("subtype=trd,mdd&route=oral&level=1,2")).toEqual({
      AND: [{ subtypes: { hasSome: ["trd", "mdd"] } }, { routes: { hasSome: ["oral"] } }, { level: { in: [1, 2] } }],
    });
  });

  it("filters by source and by design of any cited source", () => {
    expect(where("source=alpha-2020-trial&design=rct")).toEqual({
      AND: [{ designs: { hasSome: ["rct"] } }, { sources: { some: { sourceId: "alpha-2020-trial" } } }],
    });
  });

  it("searches text case-insensitively across the readable fields", () => {
    const w = where("q=Dissociation") as { AND: { OR: { statement?: unknown }[] }[] };
    expect(w.AND[0].OR[0]).toEqual({ statement: { contains: "Dissociation", mode: "insensitive" } });
  });
});

describe("buildClaimsOrderBy", () => {
  it("always ends with the id so that pages are stable", () => {
    expect(buildClaimsOrderBy({ key: "timepoint", desc: true })).toEqual([{ timepointHours: { sort: "desc", nulls: "last" } }, { id: "asc" }]);
    expect(buildClaimsOrderBy({ key: "id", desc: true })).toEqual([{ id: "desc" }]);
  });
});

describe("buildSourcesWhere", () => {
  it("selects the sources cited by a matching claim, or all sources without a filter", () => {
    expect(buildSourcesWhere({})).toEqual({});
    expect(buildSourcesWhere({ route: ["oral"] })).toEqual({ claims: { some: { claim: { AND: [{ routes: { hasSome: ["oral"] } }] } } } });
  });
});
