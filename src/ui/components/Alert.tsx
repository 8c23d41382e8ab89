import type { ComponentChildren } from 'preact';

const icons = { success: 'success', info: 'info', warning: 'warning', danger: 'danger' } as const;

export function Alert(props: {
  kind: keyof typeof icons;
  title: string;
  children?: ComponentChildren;
  /** Announce to screen readers when the page loads (flash messages). */
  live?: boolean;
  /** Take the keyboard focus when the page loads (app.js), like an error summary: a conflict to read first. */
  focus?: boolean;
  id?: string;
}) {
  return (
    <div
      class={`kern-alert kern-alert--${props.kind}`}
      role={props.live ? (props.kind === 'danger' ? 'alert' : 'status') : undefined}
      id={props.id}
      tabindex={props.focus ? -1 : undefined}
      data-error-summary={props.focus ? true : undefined}
    >
      <div class="kern-alert__header">
        <span class={`kern-icon kern-icon--${icons[props.kind]}`} aria-hidden="true" />
        <span class="kern-title">{props.title}</span>
      </div>
      {props.children ? <div class="kern-alert__body">{props.children}</div> : null}
    </div>
  );
}
