/** A line in the site's console for its developer (the visitor sees nothing of it). */
export function warn(text: string): void {
  console.warn(`Switchboard widget: ${text}`);
}

/** Why the server refuses this channel's widget: no such widget (404) or a site not allowed for it (403). */
export function warnRefused(status: number, detail: string | null, channel: string): void {
  if (status === 404) warn(`there is no widget with data-channel="${channel}"; check the embed code.`);
  else warn(detail ?? 'this site is not among the channel’s allowed sites.');
}
