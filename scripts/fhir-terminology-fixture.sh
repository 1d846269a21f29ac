#!/usr/bin/env bash
# Extracts the three HL7 terminology code systems the FHIR export uses into a small committed fixture
# (lib/fhir/fixtures/terminology-r5.json). hl7.terminology.r5 cannot be an npm dependency here: it depends on a
# package version the npm registry does not have. Run: bash scripts/fhir-terminology-fixture.sh
set -euo pipefail
tmp=$(mktemp -d)
(cd "$tmp" && npm pack hl7.terminology.r5@7.0.1 >/dev/null 2>&1 && tar xzf hl7.terminology.r5-7.0.1.tgz \
  package/CodeSystem-statistic-type.json package/CodeSystem-variable-role.json package/CodeSystem-attribute-estimate-type.json)
node -e '
const fs = require("fs");
const out = { source: "npm hl7.terminology.r5@7.0.1", codeSystems: {} };
for (const f of ["statistic-type", "variable-role", "attribute-estimate-type"]) {
  const cs = JSON.parse(fs.readFileSync(process.argv[1] + "/package/CodeSystem-" + f + ".json", "utf8"));
  out.codeSystems[cs.url] = cs.concept.map((c) => ({ code: c.code, display: c.display }));
}
fs.writeFileSync("lib/fhir/fixtures/terminology-r5.json", JSON.stringify(out, null, 2) + "\n");
' "$tmp"
rm -rf "$tmp"
echo "wrote lib/fhir/fixtures/terminology-r5.json"
