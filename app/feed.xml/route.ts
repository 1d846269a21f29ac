import { Feed } from "feed";
import type { NextRequest } from "next/server";
import { handle } from "../../server/api/errors";
import { getChanges } from "../../server/changes/get-changes";

export const dynamic = "force-dynamic";

/** An Atom feed of dataset releases, each entry listing the claims it added, changed and withdrew. */
export function GET(request: NextRequest) {
  return handle(async () => {
    const origin = request.nextUrl.origin;
    const { releases } = await getChanges({}, 30);
    const feed = new Feed({
      title: "Ketamine & esketamine for depression — evidence tables: changes",
      description: "New, changed and withdrawn claims in each dataset release. An evidence summary for clinicians, not medical advice.",
      id: `${origin}/changes`,
      link: `${origin}/changes`,
      updated: releases[0] ? new Date(releases[0].importedAt) : new Date(0),
      copyright: "Evidence summary; each claim cites its source.",
      feedLinks: { atom: `${origin}/feed.xml` },
    });
    for (const r of releases) {
      const section = (title: string, items: { id: string; statement: string }[]) =>
        items.length ? `<h3>${title} (${items.length})</h3><ul>${items.map((c) => `<li><a href="${origin}/claims/${c.id}">${escapeHtml(c.statement)}</a></li>`).join("")}</ul>` : "";
      feed.addItem({
        title: `Dataset version ${r.version}: ${r.added.length} added, ${r.changed.length} changed, ${r.withdrawn.length} withdrawn`,
        id: `${origin}/changes#${r.version}`,
        link: `${origin}/changes?since=${encodeURIComponent(r.version.slice(0, 10))}#${r.version}`,
        date: new Date(r.importedAt),
        content: section("Added", r.added) + section("Changed", r.changed) + section("Withdrawn", r.withdrawn),
      });
    }
    return new Response(feed.atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
