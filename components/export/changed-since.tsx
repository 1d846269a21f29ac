import { getChanges } from "../../server/changes/get-changes";
import { VersionNotice } from "./export-toolbar";

/**
 * A link made with an older dataset version says so, and lists what changed since: the claims added, changed and
 * withdrawn in every release after the link's version (the first 12, then a link to all).
 */
export async function ChangedSinceNotice({ linked, current }: { linked: string | undefined; current: string | null }) {
  if (!linked || !current || linked === current) return null;
  let changes: Awaited<ReturnType<typeof getChanges>> | null = null;
  try {
    changes = /^\d{4}-\d{2}-\d{2}(\.[0-9a-f]{8})?$/.test(linked) ? await getChanges({ since: linked }) : null;
  } catch {
    changes = null;
  }
  const items = (changes?.releases ?? []).flatMap((r) => [
    ...r.added.map((c) => ({ ...c, kind: "added" })),
    ...r.changed.map((c) => ({ ...c, kind: "changed" })),
    ...r.withdrawn.map((c) => ({ ...c, kind: "withdrawn" })),
  ]);
  return (
    <div data-testid="changed-since">
      <VersionNotice linked={linked} current={current} />
      {changes ? (
        <details className="no-print" open={items.length <= 12}>
          <summary>
            What changed since {linked}: {items.length} {items.length === 1 ? "claim" : "claims"}
          </summary>
          <ul>
            {items.slice(0, 12).map((c) => (
              <li key={`${c.kind}-${c.id}`} data-kind={c.kind}>
                {c.kind}: {c.kind === "withdrawn" ? c.statement : <a href={`/claims/${c.id}`}>{c.statement}</a>}
              </li>
            ))}
          </ul>
          {items.length > 12 ? <a href={`/changes?since=${encodeURIComponent(linked)}`}>All {items.length} changes</a> : null}
        </details>
      ) : null}
    </div>
  );
}
