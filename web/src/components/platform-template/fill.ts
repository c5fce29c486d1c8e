const PLACEHOLDER = /\{\{\s*(\d+)\s*\}\}/g;

/**
 * The numbers of the values an approved template takes, 1…n: as many as it declares, or as its
 * body shows if that is more.
 */
export function paramNumbers(text: string, declared: number): number[] {
  let highest = declared;
  for (const match of text.matchAll(PLACEHOLDER)) highest = Math.max(highest, Number(match[1]));
  return Array.from({ length: highest }, (_, i) => i + 1);
}

/** The body with each `{{n}}` replaced by the n-th value; a placeholder without a value stays as it is. */
export function fillTemplate(text: string, values: readonly string[]): string {
  return text.replace(PLACEHOLDER, (whole, n: string) => {
    const value = values[Number(n) - 1]?.trim();
    return value ? value : whole;
  });
}
