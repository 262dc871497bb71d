import type { PageRecord } from '../lib/db/types';

export function RecentPages(props: { pages: PageRecord[] | undefined; empty: string; loading: string }) {
  const { pages } = props;
  if (!pages) return <p class="muted">{props.loading}</p>;
  if (pages.length === 0)
    return (
      <p class="muted" data-testid="empty">
        {props.empty}
      </p>
    );
  return (
    <ul class="pages" data-testid="recent-pages">
      {pages.map((page) => (
        <li key={page.url}>
          <a href={page.url} target="_blank" rel="noreferrer" title={page.url}>
            {page.title || page.url}
          </a>
        </li>
      ))}
    </ul>
  );
}
