import { describe, expect, it } from "vitest";
import { MAX_PAGE_SIZE, parseClaimsQuery, serializeClaimsQuery } from "./claims-query";

describe("parseClaimsQuery", () => {
  it("gives defaults for an empty query", () => {
    const parsed = parseClaimsQuery(new URLSearchParams());
    expect(parsed).toMatchObject({ ok: true, query: { subtype: [], page: 1, pageSize: 25, sort: { key: "relevance", desc: false } } });
  });

  it("reads comma-separated lists and repeated list parameters alike", () => {
    const a = parseClaimsQuery(new URLSearchParams("subtype=trd,mdd&level=1,2"));
    const b = parseClaimsQuery(new URLSearchParams("subtype=trd&subtype=mdd&level=1&level=2"));
    expect(a).toEqual(b);
    expect(a.ok && a.query.subtype).toEqual(["trd", "mdd"]);
    expect(a.ok && a.query.level).toEqual([1, 2]);
  });

  it("names the parameter and the accepted values for an unknown value", () => {
    const parsed = parseClaimsQuery(new URLSearchParams("route=rectal"));
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(/route: unknown route "rectal"; accepted values: iv, intranasal, oral/);
  });

  it("refuses unknown parameters rather than ignoring them", () => {
    const parsed = parseClaimsQuery(new URLSearchParams("subtypes=trd"));
    expect(!parsed.ok && parsed.issues[0]).toMatchObject({ param: "subtypes", message: expect.stringMatching(/unknown parameter/) });
  });

  it("accepts extra keys a view declares", () => {
    expect(parseClaimsQuery(new URLSearchParams("cols=level"), ["cols"]).ok).toBe(true);
  });

  it.each(["0", "-1", "abc", String(MAX_PAGE_SIZE + 1), "2.5"])("refuses pageSize=%s", (value) => {
    const parsed = parseClaimsQuery(new URLSearchParams({ pageSize: value }));
    expect(!parsed.ok && parsed.message).toMatch(/pageSize must be a whole number from 1 to 100/);
  });

  it("parses sort with a descending prefix and refuses unknown sort keys", () => {
    const parsed = parseClaimsQuery(new URLSearchParams("sort=-timepoint"));
    expect(parsed.ok && parsed.query.sort).toEqual({ key: "timepoint", desc: true });
    expect(parseClaimsQuery(new URLSearchParams("sort=price")).ok).toBe(false);
  });

  it("refuses a repeated scalar parameter", () => {
    expect(parseClaimsQuery(new URLSearchParams("q=a&q=b")).ok).toBe(false);
  });

  it("serializes to a canonical URL that parses back to the same query", () => {
    const parsed = parseClaimsQuery(new URLSearchParams("route=oral,iv&subtype=trd&sort=-year&page=2&q=dissociation"));
    if (!parsed.ok) throw new Error(parsed.message);
    const url = serializeClaimsQuery(parsed.query);
    expect(url.toString()).toBe("subtype=trd&route=oral%2Civ&q=dissociation&sort=-year&page=2");
    expect(parseClaimsQuery(url)).toEqual(parsed);
  });
});

describe("the default order", () => {
  it("is clinical relevance, and every category has a place in it", async () => {
    const { CATEGORIES, RELEVANCE_ORDER } = await import("./vocabulary");
    expect([...RELEVANCE_ORDER].sort()).toEqual([...CATEGORIES].sort());
    const { parseClaimsQuery, serializeClaimsQuery } = await import("./claims-query");
    const parsed = parseClaimsQuery(new URLSearchParams(""));
    expect(parsed.ok && parsed.query.sort).toEqual({ key: "relevance", desc: false });
    expect(parsed.ok && serializeClaimsQuery(parsed.query).has("sort")).toBe(false);
  });
});
