import { ApiError, WidgetApi } from './api';
import { pickLang } from './i18n';
import { retryDelay } from './recovery';
import type { WidgetConfig } from './types';
import { warn, warnRefused } from './warn';
import { ChatWidget } from './widget';

export interface Embed {
  /** The Switchboard server, e.g. `https://app.example.com`. */
  base: string;
  channel: string;
  /** `data-lang`, when given. */
  lang: string | null;
  /** `data-open="true"`: open the panel on load. */
  open: boolean;
}

const CONFIG_ATTEMPTS = 8;

/**
 * Asks the server how the channel's widget looks and shows it; null when there is nothing to show: no such widget,
 * a site not allowed for it, a paused chat, or a server that stays unreachable.
 */
export async function startWidget(embed: Embed): Promise<ChatWidget | null> {
  const api = new WidgetApi(embed.base, embed.channel, () => null);
  let config: WidgetConfig | null = null;
  for (let attempt = 0; !config; attempt++) {
    try {
      config = await api.config();
    } catch (error) {
      const status = error instanceof ApiError ? error.status : 0;
      const detail = error instanceof ApiError ? error.detail : null;
      const refused = status >= 400 && status < 500;
      if (status === 404 || status === 403) warnRefused(status, detail, embed.channel);
      else if (refused) warn(`the server refused the widget's configuration (HTTP ${status}).`);
      // refused: nothing to show; 503: the chat is paused; an unreachable server is tried a few more times
      if (refused || status === 503 || attempt + 1 >= CONFIG_ATTEMPTS) return null;
      await new Promise((resolve) => setTimeout(resolve, retryDelay(attempt + 1)));
    }
  }
  const lang = pickLang(embed.lang, config.locale);
  return new ChatWidget({ base: embed.base, channel: embed.channel, lang, config }).mount(embed.open);
}
