import { z } from "zod";
import { claimApiSchema, claimsPageSchema, errorSchema, healthSchema, sourcesPageSchema, sourceWithClaimsSchema } from "./schemas/api";
import { MAX_PAGE_SIZE, SORT_KEYS } from "./schemas/claims-query";
import { CATEGORIES, DESIGNS, DIRECTIONS, DRUGS, LEVELS, ROUTES, SUBTYPES } from "./schemas/vocabulary";

// The OpenAPI 3.1 document, generated from the same zod schemas and vocabularies the API uses.

const json = (schema: z.ZodType) => z.toJSONSchema(schema, { target: "draft-2020-12", unrepresentable: "any" });
const list = (name: string, values: readonly (string | number)[], what: string) => ({
  name,
  in: "query",
  required: false,
  description: `${what}. Comma-separated; OR within the parameter, AND across parameters. One of: ${values.join(", ")}`,
  schema: { type: "string" },
});

const CLAIM_FILTERS = [
  list("subtype", SUBTYPES, "Depression subtype"),
  list("route", ROUTES, "Route of administration"),
  list("drug", DRUGS, "Drug"),
  list("category", CATEGORIES, "Claim category"),
  list("level", LEVELS, "Evidence level (1 strongest)"),
  list("direction", DIRECTIONS, "Direction of the finding"),
  list("design", DESIGNS, "Design of any cited source"),
  { name: "q", in: "query", required: false, description: "Text search (at most 200 characters)", schema: { type: "string", maxLength: 200 } },
  { name: "source", in: "query", required: false, description: "Source id", schema: { type: "string" } },
];
const PAGING = [
  { name: "sort", in: "query", required: false, description: `One of ${SORT_KEYS.join(", ")}; prefix - for descending`, schema: { type: "string" } },
  { name: "page", in: "query", required: false, schema: { type: "integer", minimum: 1 } },
  { name: "pageSize", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: MAX_PAGE_SIZE } },
];

const errors = {
  "400": { description: "Malformed or unknown parameter; the message names it and the accepted values", content: { "application/json": { schema: json(errorSchema) } } },
  "503": { description: "The database cannot be reached", content: { "application/json": { schema: json(errorSchema) } } },
};
const ok = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema: json(schema) } } });
const idParam = { name: "id", in: "path", required: true, schema: { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } };

export function openApiDocument(version: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Ketamine & esketamine for depression — evidence tables API",
      version,
      description: "Cited, graded claims. An evidence summary for clinicians: not medical advice, not dosing guidance.",
    },
    paths: {
      "/api/health": { get: { summary: "Service and database status", responses: { "200": ok(healthSchema, "OK"), "503": errors["503"] } } },
      "/api/claims": {
        get: {
          summary: "Claims matching the filters (the explorer's parameters); format=csv|xlsx exports all of them",
          parameters: [
            ...CLAIM_FILTERS,
            ...PAGING,
            { name: "format", in: "query", required: false, schema: { type: "string", enum: ["csv", "xlsx"] } },
            { name: "bom", in: "query", required: false, description: "1 = UTF-8 byte-order mark in CSV (for Excel)", schema: { type: "string", enum: ["0", "1"] } },
            { name: "cols", in: "query", required: false, description: "Columns of the export, comma-separated", schema: { type: "string" } },
          ],
          responses: { "200": ok(claimsPageSchema, "A page of claims, or a CSV/XLSX file"), ...errors, "413": { description: "Export larger than the limit" } },
        },
      },
      "/api/claims/{id}": { get: { summary: "One claim", parameters: [idParam], responses: { "200": ok(claimApiSchema, "The claim"), "404": { description: "No such claim" }, ...errors } } },
      "/api/sources": {
        get: {
          summary: "Sources behind the claims matching the filters; format=ris|bibtex|csl-json downloads citations",
          parameters: [...CLAIM_FILTERS, ...PAGING, { name: "format", in: "query", required: false, schema: { type: "string", enum: ["ris", "bibtex", "csl-json"] } }],
          responses: { "200": ok(sourcesPageSchema, "A page of sources, or a citation file"), ...errors },
        },
      },
      "/api/sources/{id}": { get: { summary: "One source with all its claims", parameters: [idParam], responses: { "200": ok(sourceWithClaimsSchema, "The source"), "404": { description: "No such source" }, ...errors } } },
      "/api/compare/routes": { get: { summary: "The compare-routes table (arm, subtype); format=csv|xlsx", responses: { "200": { description: "Comparison" }, ...errors } } },
      "/api/compare/subtypes": { get: { summary: "The compare-subtypes table (subtype, route); format=csv|xlsx", responses: { "200": { description: "Comparison" }, ...errors } } },
      "/api/side-effects": { get: { summary: "Adverse effect × route matrix (route, subtype); format=csv|xlsx", responses: { "200": { description: "Matrix" }, ...errors } } },
      "/api/onset": { get: { summary: "Onset and durability marks (by, route, subtype); format=csv|xlsx", responses: { "200": { description: "Series" }, ...errors } } },
    },
  };
}
