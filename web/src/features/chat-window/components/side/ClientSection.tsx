import { Avatar } from '@/components/Avatar';
import { useI18n } from '@/i18n';
import type { ClientCard } from '@/lib/api-types';
import { useUpdateClient, type ClientChange } from '../../api/update-client';
import { CustomFields } from './CustomFields';
import { InlineField } from './InlineField';

interface ClientSectionProps {
  chatId: string;
  client: ClientCard;
  /** The client's custom fields (from the card once it loaded). */
  fields: Record<string, unknown> | null | undefined;
}

/** The client card: avatar, name, phone, username, e-mail and custom fields, each edited in place. */
export function ClientSection({ chatId, client, fields }: ClientSectionProps) {
  const { t } = useI18n();
  const update = useUpdateClient(chatId, client.id);
  const save = (change: ClientChange) => update.mutateAsync(change);
  const orNull = (value: string) => (value === '' ? null : value);

  return (
    <section className="sb-side__section" aria-label={t('side.client')} data-testid="client-card">
      <div className="sb-side__client">
        <Avatar name={client.name} seed={client.id} url={client.avatarUrl} size="lg" />
        <InlineField value={client.name} label={t('side.name')} placeholder={t('side.name')} onSave={(name) => save({ name })} testId="client-name" field="name" required />
      </div>
      <dl className="sb-props">
        <div className="sb-props__row">
          <dt>{t('side.phone')}</dt>
          <dd>
            <InlineField value={client.phone} label={t('side.phone')} placeholder={t('side.addPhone')} type="tel" onSave={(phone) => save({ phone: orNull(phone) })} testId="client-phone" field="phone" maxLength={50} />
          </dd>
        </div>
        <div className="sb-props__row">
          <dt>{t('side.username')}</dt>
          <dd>
            <InlineField
              value={client.username}
              label={t('side.username')}
              placeholder={t('side.addUsername')}
              onSave={(username) => save({ username: orNull(username.replace(/^@/, '')) })}
              display={(value) => `@${value}`}
              testId="client-username"
              field="username"
              maxLength={100}
            />
          </dd>
        </div>
        <div className="sb-props__row">
          <dt>{t('side.email')}</dt>
          <dd>
            <InlineField value={client.email} label={t('side.email')} placeholder={t('side.addEmail')} type="email" onSave={(email) => save({ email: orNull(email) })} testId="client-email" field="email" />
          </dd>
        </div>
      </dl>
      <CustomFields fields={fields} onSave={(name, value) => save({ fields: { [name]: value } })} rowTestId="client-field" addLabel={t('side.addField')} />
    </section>
  );
}
