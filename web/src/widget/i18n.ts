export type Lang = 'ru' | 'en';

const en = {
  openChat: 'Open chat',
  closeChat: 'Close chat',
  subtitle: 'We usually reply within minutes',
  empty: 'Ask us anything — we’ll answer here',
  loading: 'Loading messages…',
  offline: 'No connection to the server. Reconnecting…',
  showOlder: 'Show earlier messages',
  messages: 'Messages',
  placeholder: 'Write a message…',
  send: 'Send',
  attach: 'Attach a file',
  sending: 'Sending…',
  notSent: 'Not sent — tap to retry',
  tooFast: 'You’re writing too fast. Sending in a moment…',
  tooLarge: (name: string) => `“${name}” is larger than 10 MB and can’t be sent`,
  rejected: 'The message was not accepted',
  contactIntro: 'Please introduce yourself so that we can get back to you',
  name: 'Name',
  phone: 'Phone',
  startChat: 'Start chat',
  fillIn: 'Please fill in all the fields',
  checkContact: 'Please check what you entered',
  unreachable: 'Can’t reach the server. Please try again.',
  file: 'File',
  today: 'Today',
  yesterday: 'Yesterday',
  sizes: ['B', 'KB', 'MB', 'GB'],
  unread: (n: number) => `${n} unread ${n === 1 ? 'message' : 'messages'}`,
};

export type Words = typeof en;

const ru: Words = {
  openChat: 'Открыть чат',
  closeChat: 'Закрыть чат',
  subtitle: 'Обычно отвечаем в течение нескольких минут',
  empty: 'Спросите нас о чём угодно — ответим здесь',
  loading: 'Загружаем сообщения…',
  offline: 'Нет связи с сервером. Переподключаемся…',
  showOlder: 'Показать предыдущие сообщения',
  messages: 'Сообщения',
  placeholder: 'Напишите сообщение…',
  send: 'Отправить',
  attach: 'Прикрепить файл',
  sending: 'Отправляется…',
  notSent: 'Не отправлено — нажмите, чтобы повторить',
  tooFast: 'Вы пишете слишком быстро. Отправим через мгновение…',
  tooLarge: (name: string) => `«${name}» больше 10 МБ — такой файл не отправить`,
  rejected: 'Сообщение не принято',
  contactIntro: 'Представьтесь, пожалуйста, чтобы мы могли с вами связаться',
  name: 'Имя',
  phone: 'Телефон',
  startChat: 'Начать чат',
  fillIn: 'Пожалуйста, заполните все поля',
  checkContact: 'Пожалуйста, проверьте введённые данные',
  unreachable: 'Не удалось связаться с сервером. Попробуйте ещё раз.',
  file: 'Файл',
  today: 'Сегодня',
  yesterday: 'Вчера',
  sizes: ['Б', 'КБ', 'МБ', 'ГБ'],
  unread: (n: number) => {
    const form = new Intl.PluralRules('ru').select(n);
    return form === 'one'
      ? `${n} непрочитанное сообщение`
      : `${n} непрочитанных ${form === 'few' ? 'сообщения' : 'сообщений'}`;
  },
};

export const dictionaries: Record<Lang, Words> = { en, ru };

function asLang(value: string | null | undefined): Lang | null {
  const code = value?.trim().toLowerCase().slice(0, 2);
  return code === 'ru' || code === 'en' ? code : null;
}

/** The embed's `data-lang`, else the channel's locale, else the browser's language (Russian or English). */
export function pickLang(embedLang: string | null | undefined, channelLocale: string | null | undefined): Lang {
  return asLang(embedLang) ?? asLang(channelLocale) ?? (asLang(navigator.language) === 'ru' ? 'ru' : 'en');
}

const startOfDay = (at: Date | number) => new Date(at).setHours(0, 0, 0, 0);

/** The day of a message in the visitor's time zone, to put a separator between days. */
export function dayKey(iso: string): string {
  return new Date(iso).toDateString();
}

/** "Today", "Yesterday", "3 March", "3 March 2029". */
export function dayLabel(iso: string, lang: Lang, now = Date.now()): string {
  const at = new Date(iso);
  const days = Math.round((startOfDay(now) - startOfDay(at)) / 86_400_000);
  if (days === 0) return dictionaries[lang].today;
  if (days === 1) return dictionaries[lang].yesterday;
  const year = at.getFullYear() === new Date(now).getFullYear() ? undefined : 'numeric';
  return at.toLocaleDateString(lang, { day: 'numeric', month: 'long', year });
}

/** "840 B", "1.5 MB" / "1,5 МБ". */
export function fileSize(bytes: number, lang: Lang): string {
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < 3) {
    value /= 1024;
    unit += 1;
  }
  const number = value.toLocaleString(lang, { maximumFractionDigits: value < 10 && unit > 0 ? 1 : 0 });
  return `${number} ${dictionaries[lang].sizes[unit]}`;
}

/** "09:05" in the visitor's time zone, 24-hour in both languages. */
export function clock(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}
