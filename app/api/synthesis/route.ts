import type { NextRequest } from "next/server";
import { parseSynthesisQuery } from "../../../lib/schemas/synthesis-query";
import { exportFileName } from "../../../lib/export/file-name";
import { viewGet } from "../../../server/api/view-get";
import { BadRequestError, handle } from "../../../server/api/errors";
import { getSynthesis } from "../../../server/synthesis/get-synthesis";
import { limitExport } from "../../../server/api/rate-limit";
import { synthesisSvg, synthesisTable } from "../../../server/synthesis/synthesis-export";

export const dynamic = "force-dynamic";

const json = viewGet("synthesis", parseSynthesisQuery, getSynthesis, synthesisTable);

/** JSON by default; format=csv|xlsx for the study table; format=svg for the forest plot. */
export function GET(request: NextRequest) {
  if (request.nextUrl.searchParams.get("format") !== "svg") return json(request);
  return handle(async () => {
    const params = request.nextUrl.searchParams;
    const parsed = parseSynthesisQuery(params, ["format", "v"]);
    if (!parsed.ok) throw new BadRequestError(parsed.message, parsed.issues);
    await limitExport(request);
    const data = await getSynthesis(parsed.query);
    return new Response(synthesisSvg(data, parsed.query), {
      headers: {
        "Content-Type": "image/svg+xml; charset=utf-8",
        "Content-Disposition": `attachment; filename="${exportFileName("synthesis", params, "svg")}"`,
      },
    });
  });
}
