/** The shapes of the widget API (see the widget contract); ids are opaque: whatever the server sends is echoed back. */

export type MessageId = string | number;

export interface Attachment {
  name: string;
  size: number | null;
  contentType: string;
  /** A path on the Switchboard server: prefix the widget's base. */
  url: string;
}

export interface Message {
  id: MessageId;
  clientId: string | null;
  from: 'visitor' | 'operator';
  text: string | null;
  /** The operator's name. */
  author: string | null;
  attachments: Attachment[];
  createdAt: string;
  read: boolean;
}

export interface Contact {
  name: string | null;
  phone: string | null;
}

export interface WidgetConfig {
  title: string;
  color: string;
  greeting: string | null;
  askName: boolean;
  askPhone: boolean;
  locale: 'ru' | 'en';
}

export interface MessagePage {
  items: Message[];
  hasOlder: boolean;
  /** On a catch-up page (`?after=`): more newer messages than one answer holds; ask again after the last one. */
  hasNewer?: boolean;
  contact: Contact;
}
