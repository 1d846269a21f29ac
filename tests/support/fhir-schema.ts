import Ajv from "ajv";
import draft6 from "ajv/dist/refs/json-schema-draft-06.json";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// The official FHIR R5 JSON schema (npm hl7.fhir.r5.core 5.0.0, openapi/fhir.schema.json), compiled once.
const require = createRequire(import.meta.url);
let ajv: Ajv | null = null;

export function fhirValidator(definition: "Bundle" | "Evidence" | "Citation" | "OperationOutcome") {
  if (!ajv) {
    const dir = path.dirname(require.resolve("hl7.fhir.r5.core/package.json"));
    const schema = JSON.parse(readFileSync(path.join(dir, "openapi/fhir.schema.json"), "utf8"));
    delete schema.id;
    ajv = new Ajv({ strict: false, allErrors: true, meta: false, validateSchema: false, unicodeRegExp: false });
    ajv.addMetaSchema(draft6);
    ajv.addSchema(schema, "fhir");
  }
  const validate = ajv.getSchema(`fhir#/definitions/${definition}`)!;
  return (resource: unknown) => {
    const ok = validate(resource) as boolean;
    return { ok, errors: ok ? [] : (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath} ${e.message}`) };
  };
}
