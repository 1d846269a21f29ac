
export function Pagination({ total, page, pageSize, baseQuery }: { total: number; page: number; pageSize: number; baseQuery: string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const href = (p: number) => {
    const params = new URLSearchParams(baseQuery);
    if (p > 1) params.set("page", String(p));
    else params.delete("page");
    return `?${params.toString()}`;
  };
  return (
    <nav aria-label="Pages" className="toolbar no-print">
      {page > 1 ? <a href={href(page - 1)}>← Previous</a> : null}
      <span>
        Page {page} of {pages} ({total} claims)
      </span>
      {page < pages ? <a href={href(page + 1)}>Next →</a> : null}
    </nav>
  );
}
