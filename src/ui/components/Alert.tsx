import type { ComponentChildren } from 'preact';

const icons = { success: 'success', info: 'info', warning: 'warning', danger: 'danger' } as const;

export function Alert(props: {
  kind: keyof typeof icons;
  title: string;
  children?: ComponentChildren;
  /** Announce to screen readers when the page loads (flash messages). */
  live?: boolean;
  id?: string;
}) {
  return (
    <div
      class={`kern-alert kern-alert--${props.kind}`}
      role={props.live ? (props.kind === 'danger' ? 'alert' : 'status') : undefined}
      id={props.id}
    >
      <div class="kern-alert__header">
        <span class={`kern-icon kern-icon--${icons[props.kind]}`} aria-hidden="true" />
        <span class="kern-title">{props.title}</span>
      </div>
      {props.children ? <div class="kern-alert__body">{props.children}</div> : null}
    </div>
  );
}
