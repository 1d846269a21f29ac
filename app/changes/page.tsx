import Link from "next/link";
import { QueryNotice, ViewError } from "../../components/ui/store-error";
import { parseChangesQuery } from "../../lib/schemas/changes-query";
import { getChanges } from "../../server/changes/get-changes";
import { loadView } from "../../server/views/load-view";

export const dynamic = "force-dynamic";
export const metadata = { title: "What changed", description: "New, changed and withdrawn claims in each dataset version." };

export default async function ChangesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const view = await loadView(searchParams, parseChangesQuery, (q) => getChanges(q));
  if (!view.ok) return <ViewError failure={view} />;
  const { data } = view;
  return (
    <>
      <h1>What changed</h1>
      {view.problem ? <QueryNotice message={view.problem.message} ignored={view.problem.ignored} /> : null}
      <p>
        Each import of new or corrected evidence is a dataset version. Claims keep their ids; a corrected claim says what changed
        on its own page. Follow the <a href="/feed.xml">Atom feed</a> to hear of new versions.
        {data.since ? (
          <>
            {" "}
            Showing versions after <strong>{data.since}</strong>
            {data.sinceKnown ? "" : " (an unknown version: every version is shown)"} · <Link href="/changes">all versions</Link>
          </>
        ) : null}
      </p>
      <p className="muted">Current dataset version: {data.datasetVersion ?? "none imported"}</p>
      {data.releases.length === 0 ? <p className="empty-box" data-testid="no-changes">No changes since then.</p> : null}
      {data.releases.map((r) => (
        <section key={r.version} id={r.version} aria-labelledby={`h-${r.version}`} data-testid="release">
          <h2 id={`h-${r.version}`}>
            Version {r.version} <span className="muted">({r.importedAt.slice(0, 10)}, {r.claimCount} claims)</span>
          </h2>
          {(["added", "changed", "withdrawn"] as const).map((kind) =>
            r[kind].length ? (
              <details key={kind} open={r[kind].length <= 20}>
                <summary>
                  {kind[0].toUpperCase() + kind.slice(1)}: {r[kind].length}
                </summary>
                <ul data-kind={kind}>
                  {r[kind].map((c) => (
                    <li key={c.id}>{kind === "withdrawn" ? `${c.statement} (${c.id})` : <Link href={`/claims/${c.id}`}>{c.statement}</Link>}</li>
                  ))}
                </ul>
              </details>
            ) : null,
          )}
        </section>
      ))}
    </>
  );
}
