import type { CSSProperties } from 'react';
import type { Tag } from '@/lib/api-types';

export function TagChip({ tag }: { tag: Tag }) {
  const color = /^#[0-9a-f]{3,8}$/i.test(tag.color) ? tag.color : '#64748b';
  return (
    <span className="sb-tag" style={{ '--tag-color': color } as CSSProperties} title={tag.name}>
      {tag.name}
    </span>
  );
}
