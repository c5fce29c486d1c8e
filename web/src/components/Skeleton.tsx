export function Skeleton({ width, height = 12, round }: { width?: number | string; height?: number; round?: boolean }) {
  return (
    <span
      className={`sb-skeleton${round ? ' sb-skeleton--round' : ''}`}
      style={{ width, height }}
      aria-hidden="true"
    />
  );
}
