/** Shapes of the Switchboard HTTP API v1 (see shared/api.md). All JSON is camelCase. */

export type Category = 'new' | 'accepted' | 'archive';
export const CATEGORIES: readonly Category[] = ['new', 'accepted', 'archive'];

export const CHANNEL_TYPES = ['telegram', 'whatsapp', 'vk', 'instagram', 'facebook', 'email', 'widget', 'api'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];

export type StageGroup = 'active' | 'success' | 'failure' | 'not_lead';
export const STAGE_GROUPS: readonly StageGroup[] = ['active', 'success', 'failure', 'not_lead'];

export interface UserRef {
  id: string;
  name: string;
}

export type Role = 'owner' | 'admin' | 'operator';

export interface User extends UserRef {
  email: string;
  role: Role;
}

export interface Workspace {
  id: string;
  name: string;
  locale: string;
  timezone: string;
  country: string;
  responseTimeAlertSeconds: number;
  /** Operators see every chat of their channels, not only New and their own. */
  operatorsSeeAllChats?: boolean;
  /** New chats are given to the online operators of the channel in turn. */
  autoAssign?: boolean;
}

export interface Me {
  user: User;
  workspace: Workspace;
}

export interface Money {
  amount: string;
  currency: string;
}

export interface ClientRef {
  id: string;
  name: string;
  username: string | null;
  phone: string | null;
  avatarUrl: string | null;
}

export interface ClientCard extends ClientRef {
  email?: string | null;
  fields?: Record<string, unknown> | null;
}

/** `GET /api/v1/clients/{id}`: the card with the client's chats the caller may see, newest first. */
export interface ClientDetail extends ClientRef {
  email: string | null;
  fields: Record<string, unknown>;
  chats: ChatRow[];
}

export interface ChannelRef {
  id: string;
  type: ChannelType;
  name: string;
}

export interface Stage {
  id: string;
  name: string;
  group: StageGroup;
}

export interface Tag {
  id: string;
  name: string;
  color: string;
}

export interface TaskRef {
  id: string;
  text: string;
  dueAt: string | null;
}

export interface TasksSummary {
  open: number;
  overdue: number;
  next: TaskRef | null;
}

export type MessageDirection = 'in' | 'out' | 'note' | 'event';

export interface LastMessage {
  id: string;
  direction: MessageDirection;
  text: string | null;
  at: string;
}

/** The post a comment chat's comments are under. */
export interface PostRef {
  /** The platform's id of a post; a widget chat's page has none. */
  id?: string;
  text?: string | null;
  url?: string | null;
}

export interface ChatRow {
  id: string;
  category: Category;
  sourceType: 'message' | 'comment';
  client: ClientRef;
  channel: ChannelRef;
  /** A comment chat's post: its platform id, text and link. */
  post: PostRef | null;
  stage: Stage | null;
  responsible: UserRef | null;
  tags: Tag[];
  price: Money | null;
  tasks: TasksSummary | null;
  unreadCount: number;
  lastMessage: LastMessage | null;
  awaitingReplySince: string | null;
  lastResponseSeconds: number | null;
  lastActivityAt: string;
  createdAt: string;
}

/**
 * The platform's window for answering after the client's last message. WhatsApp: 24 hours, then
 * only approved templates. Instagram and Facebook: 24 hours, then for the rest of the week a
 * person's answer still goes, tagged as such (`tagged`, until `taggedUntil`).
 */
export interface ReplyWindow {
  closesAt: string | null;
  open: boolean;
  taggedUntil?: string | null;
  tagged?: boolean;
}

/** Where an answer goes in a comment chat: publicly under one of the client's comments (the latest by default), or in direct messages. */
export type ReplyTo = { type: 'direct' } | { type: 'comment'; commentId?: string };

export interface ChatDetail extends ChatRow {
  client: ClientCard;
  fields?: Record<string, unknown> | null;
  replyWindow?: ReplyWindow | null;
}

export interface ChatPage {
  items: ChatRow[];
  nextCursor: string | null;
}

export type CountKey = 'new' | 'accepted' | 'archive' | 'unread';

export interface ChatCounts {
  new: number;
  accepted: number;
  archive: number;
  unread: number;
  /** Keys whose value is only a lower bound (the server stopped counting). Empty without filters. */
  capped?: CountKey[];
}

/** A stage of the funnel as `GET /api/v1/stages` lists it. */
export interface FunnelStage extends Stage {
  /** 0-based place in the funnel. */
  position: number;
  /** How many chats are at this stage. */
  chats: number;
}

/** A tag as `GET /api/v1/tags` lists it. */
export interface TagItem extends Tag {
  chats: number;
}

/** A user as `GET /api/v1/users` lists it. */
export interface TeamMember extends User {
  supervisor: boolean;
  channelIds: string[];
}

/** The kinds of address a first message can go to. */
export type AddressKind = 'phone' | 'email' | 'username' | 'externalId';

/** A connected channel as `GET /api/v1/channels` lists it (settings omitted). */
export interface Channel extends ChannelRef {
  /** `active`, `disabled` (paused by an admin) or `demo` (talks to no platform). */
  status: string;
  /** Whether it can start a dialog with a client who has not written. */
  canWriteFirst: boolean;
  /** By which addresses it can start one (empty when it cannot). */
  writeFirstBy: AddressKind[];
  /** Comments under the account's posts become chats. */
  hasComments?: boolean;
  /** Templates the platform approved can be sent, e.g. after its reply window (WhatsApp). */
  hasPlatformTemplates?: boolean;
  /** Admins only: where the platform calls, the settings (secrets masked), and whether the platform reaches it. */
  webhookUrl?: string | null;
  settings?: Record<string, unknown>;
  /** Shown once, on creation, for the `api` and `widget` types. */
  secret?: string | null;
  lastEventAt?: string | null;
  problem?: string | null;
  problemAt?: string | null;
  /** Admins only, for a website widget: the script tag to paste into the site. */
  embedSnippet?: string | null;
}

/** A quick reply; `personal` ones belong to the user who made them. `shortcut` is stored without its "/". */
export interface Template {
  id: string;
  title: string;
  text: string;
  shortcut: string | null;
  personal: boolean;
}

/**
 * A message template the platform approved for a channel (WhatsApp), as
 * `GET /api/v1/channels/{id}/platform-templates` lists it: `text` is the body with `{{1}}`,
 * `{{2}}` … where the values go, `params` how many values it takes.
 */
export interface PlatformTemplate {
  name: string;
  language: string;
  category: string;
  text: string;
  params: number;
}

/** An approved template with its values, as a send carries it (`platformTemplate`). */
export interface PlatformTemplateChoice {
  name: string;
  language: string;
  params: string[];
}

/** A to-do on a chat. */
export interface Task {
  id: string;
  chatId: string;
  text: string;
  dueAt: string | null;
  assignee: UserRef | null;
  done: boolean;
  doneAt: string | null;
  createdAt: string;
}

export type StopKind = 'client' | 'post' | 'word';

/** A line of the stop-list: a client (by id), a post (by the platform's id) or a word. */
export interface StopEntry {
  id: string;
  kind: StopKind;
  value: string;
}

export interface ItemList<T> {
  items: T[];
  nextCursor: string | null;
}

export type MessageStatus = 'queued' | 'sent' | 'delivered' | 'read' | 'failed';

export interface Attachment {
  id: string;
  name: string;
  size: number;
  contentType: string;
  url: string;
}

/** The value of `responsible` (filters, pickers) that means "nobody is responsible". */
export const NOBODY = 'none';

export type ChatEventKind = 'accepted' | 'archived' | 'reopened' | 'assigned' | 'stage_changed' | 'created';

export interface Message {
  id: string;
  chatId: string;
  direction: MessageDirection;
  text: string | null;
  attachments: Attachment[];
  author: UserRef | null;
  status: MessageStatus | null;
  error: string | null;
  createdAt: string;
  /** The platform's id; a client's comment is `comment:<id>`. */
  externalId?: string | null;
  /** Where an answer in a comment chat went. */
  replyTo?: ReplyTo | null;
  /** An e-mail's body as HTML, sanitised by the server (formatting and safe links only); `text` is its plain form. */
  html?: string | null;
  /** Present on direction "event": what happened, who did it, and e.g. the stage name or the new responsible. */
  event?: { kind: ChatEventKind | string; actor: UserRef | null; subject?: string | null } | null;
  /** Client-side only: set on optimistic messages not yet confirmed by the server. */
  pendingKey?: string;
}

export interface MessagePage {
  items: Message[];
  prevCursor: string | null;
}

export type StreamFrame =
  | { type: 'chat.created' | 'chat.updated'; chat: ChatRow }
  | { type: 'message.created' | 'message.updated'; message: Message }
  | { type: 'counts.updated' }
  /** After a mass action: one frame for all the chats it changed. */
  | { type: 'chats.changed'; count: number };

/** An event a webhook can subscribe to. */
export type WebhookEvent = 'chat.created' | 'chat.updated' | 'message.created' | 'message.updated';

/** An outgoing webhook; `secret` only in the answer that created it. */
export interface Webhook {
  id: string;
  url: string;
  events: WebhookEvent[];
  status: 'active' | 'failing' | 'disabled';
  createdAt: string;
  failingSince: string | null;
  disabledAt: string | null;
  disabledReason: string | null;
  secret?: string | null;
}

/** One event's delivery to one webhook. */
export interface WebhookDelivery {
  id: string;
  webhookId: string;
  event: WebhookEvent;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  createdAt: string;
  deliveredAt: string | null;
}
