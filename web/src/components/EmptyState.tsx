import type { ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  text?: string;
  icon?: ReactNode;
  action?: ReactNode;
}

export function EmptyState({ title, text, icon, action }: EmptyStateProps) {
  return (
    <div className="sb-empty" data-testid="empty-state">
      {icon && <div className="sb-empty__icon">{icon}</div>}
      <p className="sb-empty__title">{title}</p>
      {text && <p className="sb-empty__text">{text}</p>}
      {action}
    </div>
  );
}
