import { EditableResponsibleCell, EditableStageCell } from '@/components/pickers/EditableCells';
import { useI18n } from '@/i18n';
import type { ChatDetail, ChatRow } from '@/lib/api-types';
import { useSession } from '@/lib/session';
import { useUpdateChat } from '../../api/update-chat';
import { CustomFields } from './CustomFields';
import { PriceField } from './PriceField';

const CURRENCY_OF_COUNTRY: Record<string, string> = { RU: 'RUB', KZ: 'KZT', BY: 'BYN', UA: 'UAH', UZ: 'UZS', US: 'USD', GB: 'GBP', CN: 'CNY', TR: 'TRY' };

/** The chat's own fields: funnel stage, responsible, price and custom fields. */
export function ChatSection({ chat }: { chat: ChatRow | ChatDetail }) {
  const { t } = useI18n();
  const { workspace } = useSession();
  const update = useUpdateChat(chat.id);
  const fields = 'fields' in chat ? chat.fields : undefined;
  return (
    <section className="sb-side__section" aria-label={t('side.chat')}>
      <h3 className="sb-side__title">{t('side.chat')}</h3>
      <dl className="sb-props">
        <div className="sb-props__row">
          <dt>{t('chats.col.stage')}</dt>
          <dd>
            <EditableStageCell row={chat} testId="chat-stage" />
          </dd>
        </div>
        <div className="sb-props__row">
          <dt>{t('chats.col.responsible')}</dt>
          <dd>
            <EditableResponsibleCell row={chat} testId="chat-responsible" />
          </dd>
        </div>
        <div className="sb-props__row">
          <dt>{t('chats.col.price')}</dt>
          <dd>
            <PriceField price={chat.price} defaultCurrency={CURRENCY_OF_COUNTRY[workspace.country] ?? 'EUR'} onSave={(price) => update.mutateAsync({ price })} />
          </dd>
        </div>
      </dl>
      <CustomFields fields={fields} onSave={(name, value) => update.mutateAsync({ fields: { [name]: value } })} rowTestId="chat-field" addLabel={t('side.addChatField')} />
    </section>
  );
}
