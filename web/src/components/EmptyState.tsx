import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  text?: string;
  icon?: ReactNode;
  action?: ReactNode;
  /** Why it is empty (e.g. `search`, `filter`, `tab`), as `data-kind` for tests and styling. */
  kind?: string;
}

export function EmptyState({ title, text, icon, action, kind }: EmptyStateProps) {
  return (
    <div className="sb-empty" data-testid="empty-state" data-kind={kind}>
      {icon && <div className="sb-empty__icon">{icon}</div>}
      <p className="sb-empty__title">{title}</p>
      {text && <p className="sb-empty__text">{text}</p>}
      {action}
    </div>
  );
}
