import { z } from "zod";
import { CERTAINTY_FILTER_VALUES, DEFAULT_PAGE_SIZE, DEFAULT_SORT_KEY, LIST_FILTERS, MAX_PAGE_SIZE, SORT_KEYS, type ListFilter, type SortKey } from "./claims-query-keys";
import { CATEGORIES, DESIGNS, DIRECTIONS, DRUGS, EVIDENCE_BASES, LEVELS, ROUTES, SUBTYPES } from "./vocabulary";

// One query schema for the explorer URL, /api/claims and the exports: same names, same values.

export { CERTAINTY_FILTER_VALUES, DEFAULT_PAGE_SIZE, DEFAULT_SORT_KEY, LIST_FILTERS, MAX_PAGE_SIZE, SORT_KEYS, type ListFilter, type SortKey };

/**
 * A comma-separated list of known values (OR within the parameter). Marked as a list, so that
 * `subtype=a&subtype=b` (a plain HTML form) is read like `subtype=a,b`. Shared by every view's schema.
 */
export function listParam<T extends string>(name: string, values: readonly T[], fallback: T[] = []) {
  return z
    .string()
    .optional()
    .transform((raw, ctx): T[] => {
      if (raw === undefined || raw.trim() === "") return fallback;
      const parts = [...new Set(raw.split(",").map((p) => p.trim()).filter(Boolean))];
      const unknown = parts.filter((p) => !(values as readonly string[]).includes(p));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: "custom",
          message: `unknown ${name} ${unknown.map((u) => `"${u}"`).join(", ")}; accepted values: ${values.join(", ")}`,
        });
        return z.NEVER;
      }
      return parts as T[];
    })
    .meta({ list: true });
}

function positiveInt(name: string, fallback: number, max?: number) {
  return z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (raw === undefined || raw === "") return fallback;
      const n = Number(raw);
      if (!/^\d+$/.test(raw) || n < 1 || (max !== undefined && n > max)) {
        ctx.addIssue({ code: "custom", message: `${name} must be a whole number from 1${max ? ` to ${max}` : ""}` });
        return z.NEVER;
      }
      return n;
    });
}


export const claimsQuerySchema = z.object({
  subtype: listParam("subtype", SUBTYPES),
  route: listParam("route", ROUTES),
  drug: listParam("drug", DRUGS),
  category: listParam("category", CATEGORIES),
  level: listParam("level", LEVELS.map(String))
    .transform((v) => v.map(Number))
    .meta({ list: true }),
  certainty: listParam("certainty", CERTAINTY_FILTER_VALUES),
  direction: listParam("direction", DIRECTIONS),
  design: listParam("design", DESIGNS),
  base: listParam("base", EVIDENCE_BASES),
  q: z
    .string()
    .max(200, "q (text search) must be at most 200 characters")
    .optional()
    .transform((v) => v?.trim() || undefined),
  source: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "source must be a source id such as anand-2023-elekt-d")
    .optional(),
  sort: z
    .string()
    .optional()
    .transform((raw, ctx) => {
      if (!raw) return { key: DEFAULT_SORT_KEY as SortKey, desc: false };
      const desc = raw.startsWith("-");
      const key = desc ? raw.slice(1) : raw;
      if (!(SORT_KEYS as readonly string[]).includes(key)) {
        ctx.addIssue({ code: "custom", message: `unknown sort "${raw}"; accepted: ${SORT_KEYS.join(", ")} (prefix - for descending)` });
        return z.NEVER;
      }
      return { key: key as SortKey, desc };
    }),
  page: positiveInt("page", 1, 100_000),
  pageSize: positiveInt("pageSize", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE),
});

export type ClaimsQuery = z.output<typeof claimsQuerySchema>;
export const CLAIMS_QUERY_KEYS = Object.keys(claimsQuerySchema.shape);

/** Extra parameters a view accepts beyond its schema; `cols` is a list, the others are single values. */
const EXTRA_LIST_KEYS = new Set(["cols"]);

export type ParseResult<T> = { ok: true; query: T } | { ok: false; message: string; issues: { param: string; message: string }[] };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function toRecord(params: RawParams): Record<string, string[]> {
  // No prototype: a parameter named "toString" or "__proto__" is just an unknown parameter (found by fast-check).
  const out: Record<string, string[]> = Object.create(null);
  if (params instanceof URLSearchParams) {
    params.forEach((value, key) => (out[key] ??= []).push(value));
  } else {
    for (const [key, value] of Object.entries(params)) {
      if (value !== undefined) out[key] = Array.isArray(value) ? value : [value];
    }
  }
  return out;
}

/**
 * Parses query parameters with `schema`. Unknown parameter names and repeated parameters are
 * errors too: a filter must never be silently ignored.
 */
export function parseParams<S extends z.ZodObject>(schema: S, params: RawParams, extraKeys: readonly string[] = []): ParseResult<z.output<S>> {
  const record = toRecord(params);
  const known = new Set([...Object.keys(schema.shape), ...extraKeys]);
  const isList = (key: string) => EXTRA_LIST_KEYS.has(key) || (schema.shape[key] as z.ZodType | undefined)?.meta()?.list === true;
  const issues: { param: string; message: string }[] = [];
  const single: Record<string, string> = Object.create(null);
  for (const [key, values] of Object.entries(record)) {
    if (!known.has(key)) issues.push({ param: key, message: `unknown parameter "${key}"; accepted: ${[...known].join(", ")}` });
    else if (values.length > 1 && !isList(key)) issues.push({ param: key, message: `${key} is given ${values.length} times; give it once` });
    // A list may come as subtype=a,b or as subtype=a&subtype=b (a plain HTML form); both mean OR.
    else single[key] = values.join(",");
  }
  const parsed = schema.safeParse(single);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) issues.push({ param: String(issue.path[0] ?? "query"), message: issue.message });
  }
  if (issues.length > 0 || !parsed.success) {
    return { ok: false, issues, message: issues.map((i) => `${i.param}: ${i.message}`).join("; ") };
  }
  return { ok: true, query: parsed.data };
}

export function parseClaimsQuery(params: RawParams, extraKeys: readonly string[] = []): ParseResult<ClaimsQuery> {
  return parseParams(claimsQuerySchema, params, extraKeys);
}

/** The canonical URL form of a query (defaults left out), so links and copies are stable. */
export function serializeClaimsQuery(query: Partial<ClaimsQuery>): URLSearchParams {
  const out = new URLSearchParams();
  for (const key of LIST_FILTERS) {
    const values = query[key] as (string | number)[] | undefined;
    if (values && values.length > 0) out.set(key, values.join(","));
  }
  if (query.q) out.set("q", query.q);
  if (query.source) out.set("source", query.source);
  if (query.sort && !(query.sort.key === DEFAULT_SORT_KEY && !query.sort.desc)) out.set("sort", `${query.sort.desc ? "-" : ""}${query.sort.key}`);
  if (query.page && query.page > 1) out.set("page", String(query.page));
  if (query.pageSize && query.pageSize !== DEFAULT_PAGE_SIZE) out.set("pageSize", String(query.pageSize));
  return out;
}
