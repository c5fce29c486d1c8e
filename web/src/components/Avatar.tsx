import { useState } from 'react';
import { colorFor, initials } from '@/lib/format';

interface AvatarProps {
  name: string;
  seed?: string;
  url?: string | null;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

/** A picture, or coloured initials when there is none (or it fails to load). */
export function Avatar({ name, seed, url, size = 'md' }: AvatarProps) {
  const [broken, setBroken] = useState(false);
  const showImage = url && !broken;
  return (
    <span
      className={`sb-avatar sb-avatar--${size}`}
      style={showImage ? undefined : { backgroundColor: colorFor(seed ?? name) }}
      aria-hidden="true"
    >
      {showImage ? <img src={url} alt="" loading="lazy" onError={() => setBroken(true)} /> : initials(name)}
    </span>
  );
}
