import type { ReactNode } from 'react';

interface BadgeProps {
  children: ReactNode;
  tone?: 'neutral' | 'accent' | 'danger' | 'success';
  title?: string;
  testId?: string;
}

export function Badge({ children, tone = 'neutral', title, testId }: BadgeProps) {
  return (
    <span className={`sb-badge sb-badge--${tone}`} title={title} data-testid={testId}>
      {children}
    </span>
  );
}
