import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

describe("openApiDocument", () => {
  const doc = openApiDocument("1");

  it("documents every endpoint with its filters and error answers", () => {
    expect(Object.keys(doc.paths)).toEqual([
      "/api/health",
      "/api/claims",
      "/api/claims/{id}",
      "/api/sources",
      "/api/sources/{id}",
      "/api/compare/routes",
      "/api/compare/subtypes",
      "/api/side-effects",
      "/api/onset",
    ]);
    const params = doc.paths["/api/claims"].get.parameters.map((p) => p.name);
    expect(params).toEqual(["subtype", "route", "drug", "category", "level", "direction", "design", "q", "source", "sort", "page", "pageSize", "format", "bom", "cols"]);
    expect(doc.paths["/api/claims"].get.parameters[1].description).toContain("iv, intranasal, oral, sublingual, intramuscular, subcutaneous");
    expect(Object.keys(doc.paths["/api/claims"].get.responses)).toEqual(expect.arrayContaining(["200", "400", "503"]));
  });

  it("derives the claim schema from zod, with the vocabularies as enums", () => {
    const schema = doc.paths["/api/claims/{id}"].get.responses["200"].content!["application/json"].schema as {
      properties: Record<string, { items?: { enum?: string[] } }>;
      required: string[];
    };
    expect(schema.properties.routes.items?.enum).toEqual(["iv", "intranasal", "oral", "sublingual", "intramuscular", "subcutaneous"]);
    expect(schema.required).toEqual(expect.arrayContaining(["id", "statement", "level", "sources"]));
  });
});
