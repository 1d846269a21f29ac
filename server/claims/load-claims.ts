import "server-only";
import { Prisma, type PrismaClient } from "../../generated/prisma/client";
import type { ClaimsQuery } from "../../lib/schemas/claims-query";

import type { RankedClaim } from "../../lib/compare/build-comparison";
import type { Store } from "../db/open-store";
import { toClaimDto, type ClaimDto, type ClaimWithSources } from "./claim-dto";
import { claimsOrderSql, claimsWhereSql, sourcesWhereSql, type SqlFilters as ClaimFilters } from "./claims-sql";

/** Claims loaded with their sources per statement: one page, or one batch of a view or an export. */
export const LOAD_BATCH = 500;

type Db = Pick<PrismaClient, "$queryRaw" | "claim" | "source">;

export async function countClaims(prisma: Db, filters: ClaimFilters): Promise<number> {
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "claim" c ${claimsWhereSql(filters)}`;
  return n;
}

/** The ids of one page of matching claims, in order (SQL: search, filters and order in the database). */
export async function claimIdPage(prisma: Db, filters: ClaimFilters, sort: ClaimsQuery["sort"], limit: number, offset: number): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT c."id" FROM "claim" c ${claimsWhereSql(filters)} ${claimsOrderSql(sort, filters.q)} LIMIT ${limit} OFFSET ${offset}`;
  return rows.map((r) => r.id);
}

// Columns by Prisma field: every @map in the schema is the field name in snake_case (a test checks that these rows
// equal Prisma's own findMany with claimInclude).
const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const columns = (alias: string, fields: Record<string, string>) =>
  Object.values(fields)
    .map((f) => `${alias}."${snake(f)}" AS "${f}"`)
    .join(", ");
const CLAIM_COLUMNS = columns("c", Prisma.ClaimScalarFieldEnum);
const LINK_COLUMNS = columns("cs", Prisma.ClaimSourceScalarFieldEnum);
const SOURCE_COLUMNS = columns("s", Prisma.SourceScalarFieldEnum);

/**
 * Claims with their sources for at most LOAD_BATCH ids, in the order of the ids. Plain SQL through the store's
 * driver, three statements with one array parameter each: the same rows as Prisma's `findMany({ include:
 * claimInclude })` in less time and garbage, which the comparison views' first load and the exports feel (all
 * 100,000 claims of the bench's synthetic set in batches, PGlite, in process: 19 s through Prisma, 12–13 s here).
 */
export async function loadClaims(store: Pick<Store, "sql">, ids: string[]): Promise<ClaimWithSources[]> {
  if (ids.length > LOAD_BATCH) throw new Error(`loadClaims: ${ids.length} ids, at most ${LOAD_BATCH} per statement`);
  if (ids.length === 0) return [];
  const [claims, links] = await Promise.all([
    store.sql.query<Omit<ClaimWithSources, "sources">>(`SELECT ${CLAIM_COLUMNS} FROM "claim" c WHERE c."id" = ANY($1::text[])`, [ids]),
    store.sql.query<Omit<ClaimWithSources["sources"][number], "source">>(
      `SELECT ${LINK_COLUMNS} FROM "claim_source" cs WHERE cs."claim_id" = ANY($1::text[]) ORDER BY cs."claim_id", cs."position"`,
      [ids],
    ),
  ]);
  const sourceIds = [...new Set(links.map((l) => l.sourceId))];
  const sources = new Map(
    (await store.sql.query<ClaimWithSources["sources"][number]["source"]>(`SELECT ${SOURCE_COLUMNS} FROM "source" s WHERE s."id" = ANY($1::text[])`, [sourceIds])).map((s) => [s.id, s]),
  );
  const linksOf = new Map<string, ClaimWithSources["sources"]>();
  for (const l of links) {
    const list = linksOf.get(l.claimId) ?? [];
    list.push({ ...l, source: sources.get(l.sourceId)! });
    linksOf.set(l.claimId, list);
  }
  const byId = new Map(claims.map((c) => [c.id, { ...c, sources: linksOf.get(c.id) ?? [] }]));
  return ids.map((id) => byId.get(id)).filter((r): r is ClaimWithSources => r !== undefined);
}

/**
 * Every matching claim in order, LOAD_BATCH at a time (views and exports): memory per batch, bounded parameters.
 * In id order the batches follow the id (keyset), so each costs the same however deep it is. In any other order
 * the ordered ids are read once (one column, a few MB at 100,000 claims) and the claims loaded a batch at a time;
 * paging with OFFSET would sort the whole match again for every batch.
 */
export async function* claimsInBatches(store: Pick<Store, "prisma" | "sql">, filters: ClaimFilters, sort: ClaimsQuery["sort"]): AsyncGenerator<ClaimDto> {
  const { prisma } = store;
  if (sort.key === "id" && !sort.desc) {
    let after: string | undefined;
    for (;;) {
      const ids = await claimIdsAfter(prisma, filters, after, LOAD_BATCH);
      for (const row of await loadClaims(store, ids)) yield toClaimDto(row);
      if (ids.length < LOAD_BATCH) return;
      after = ids[ids.length - 1];
    }
  }
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT c."id" FROM "claim" c ${claimsWhereSql(filters)} ${claimsOrderSql(sort, filters.q)}`;
  yield* claimsOfIds(store, rows.map((r) => r.id));
}

/** The claims for any number of ids, in the order of the ids, at most LOAD_BATCH per statement. */
export async function* claimsOfIds(store: Pick<Store, "sql">, ids: string[]): AsyncGenerator<ClaimDto> {
  for (let i = 0; i < ids.length; i += LOAD_BATCH) {
    for (const row of await loadClaims(store, ids.slice(i, i + LOAD_BATCH))) yield toClaimDto(row);
  }
}

async function claimIdsAfter(prisma: Db, filters: ClaimFilters, after: string | undefined, limit: number): Promise<string[]> {
  const where = claimsWhereSql(filters);
  const next = after === undefined ? Prisma.empty : Prisma.sql`${where === Prisma.empty ? Prisma.sql`WHERE` : Prisma.sql`AND`} c."id" > ${after}`;
  const rows = await prisma.$queryRaw<{ id: string }[]>`SELECT c."id" FROM "claim" c ${where} ${next} ORDER BY c."id" LIMIT ${limit}`;
  return rows.map((r) => r.id);
}

/** Sources behind the matching claims: their count, and one ordered page of them (at most LOAD_BATCH). */
export async function countSources(prisma: Db, filters: ClaimFilters): Promise<number> {
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "source" s ${sourcesWhereSql(filters)}`;
  return n;
}

export async function loadSourcesPage(prisma: Db, filters: ClaimFilters, order: "recent" | "author", limit: number, offset: number) {
  if (limit > LOAD_BATCH) throw new Error(`loadSourcesPage: at most ${LOAD_BATCH} per statement`);
  const orderBy = order === "recent" ? Prisma.sql`ORDER BY s."year" DESC, s."id" ASC` : Prisma.sql`ORDER BY s."first_author" ASC, s."year" ASC, s."id" ASC`;
  const ids = (await prisma.$queryRaw<{ id: string }[]>`SELECT s."id" FROM "source" s ${sourcesWhereSql(filters)} ${orderBy} LIMIT ${limit} OFFSET ${offset}`).map((r) => r.id);
  return ids;
}

export const byLevelThenId = (a: { level: number; id: string }, b: { level: number; id: string }) => a.level - b.level || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type RankedRow = Omit<RankedClaim, "subtypes" | "routes" | "drugs" | "timepoint" | "adverseEffect" | "sources"> & {
  subtypes: string;
  routes: string;
  drugs: string;
  timepointLabel: string | null;
  timepointHours: number | null;
  aeName: string | null;
  aeTerm: string | null;
  aePercent: number | null;
};

/** A list column read as comma-joined text (values are vocabulary slugs): cheaper to parse than a text[]. */
const list = (joined: string) => (joined === "" ? [] : joined.split(","));

/**
 * The ranking fields of every matching claim (what choosing a comparison cell reads), shaped as in the ClaimDto,
 * strongest design level first: two statements, no parameter lists. Objects are built with one literal shape and
 * plain arrays: the driver's own row objects and arrays made the comparison views' column filters 4× slower.
 */
export async function loadRankedClaims(store: Pick<Store, "sql">, filters: ClaimFilters): Promise<RankedClaim[]> {
  const where = claimsWhereSql(filters);
  const claimsSql = Prisma.sql`SELECT c."id", c."category", array_to_string(c."subtypes", ',') AS "subtypes", array_to_string(c."routes", ',') AS "routes",
    array_to_string(c."drugs", ',') AS "drugs", c."comparison", c."certainty", c."sample_size" AS "sampleSize", c."level",
    c."timepoint_label" AS "timepointLabel", c."timepoint_hours" AS "timepointHours", c."dose_as_studied" AS "doseAsStudied", c."setting",
    c."ae_name" AS "aeName", c."ae_term" AS "aeTerm", c."ae_percent" AS "aePercent"
    FROM "claim" c ${where}`;
  // Unordered (a sort of every link costs more than ordering each claim's few sources here).
  const sourcesSql = Prisma.sql`SELECT cs."claim_id" AS "claimId", cs."position", s."id", s."year", s."design", s."label"
    FROM "claim_source" cs JOIN "source" s ON s."id" = cs."source_id"
    WHERE cs."claim_id" IN (SELECT c."id" FROM "claim" c ${where})`;
  const [rows, links] = await Promise.all([
    store.sql.query<RankedRow>(claimsSql.text, claimsSql.values),
    store.sql.query<{ claimId: string; position: number; id: string; year: number; design: string; label: string }>(sourcesSql.text, sourcesSql.values),
  ]);
  const sourcesOf = new Map<string, (RankedClaim["sources"][number] & { position: number })[]>();
  for (const l of links) {
    const source = { id: l.id, year: l.year, design: l.design, label: l.label, position: l.position };
    const known = sourcesOf.get(l.claimId);
    if (known) known.push(source);
    else sourcesOf.set(l.claimId, [source]);
  }
  const sourcesIn = (id: string): RankedClaim["sources"] =>
    (sourcesOf.get(id) ?? []).sort((a, b) => a.position - b.position).map(({ position: _position, ...s }) => s);
  const claims: RankedClaim[] = rows.map((r) => ({
    id: r.id,
    category: r.category,
    subtypes: list(r.subtypes),
    routes: list(r.routes),
    drugs: list(r.drugs),
    comparison: r.comparison,
    certainty: r.certainty,
    sampleSize: r.sampleSize,
    level: r.level,
    // as toClaimDto shapes them
    timepoint: r.timepointLabel !== null ? { label: r.timepointLabel, hours: r.timepointHours } : null,
    doseAsStudied: r.doseAsStudied,
    setting: r.setting,
    adverseEffect: r.aeName !== null ? { term: r.aeTerm, percent: r.aePercent } : null,
    sources: sourcesIn(r.id),
  }));
  return claims.sort(byLevelThenId);
}
