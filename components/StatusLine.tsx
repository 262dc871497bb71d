export type Status =
  { state: 'checking' } | { state: 'ok'; version: string } | { state: 'error'; error: string };

export function StatusLine(props: {
  status: Status;
  labels: { checking: string; ok: string; error: string };
}) {
  const { status, labels } = props;
  const text =
    status.state === 'checking'
      ? labels.checking
      : status.state === 'ok'
        ? `${labels.ok} · v${status.version}`
        : `${labels.error}: ${status.error}`;
  return (
    <p class={`status status-${status.state}`} role="status" data-testid="status">
      {text}
    </p>
  );
}
