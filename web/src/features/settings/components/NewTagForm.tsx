import { useState, type FormEvent } from 'react';
import { Button } from '@/components/Button';
import { PlusIcon } from '@/components/icons';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage, isApiError } from '@/lib/api-client';
import { useCreateTag } from '../api/create-tag';
import { ColorPicker, TAG_COLORS } from './ColorPicker';

/** Adds a tag; a name already taken is said next to the field. */
export function NewTagForm({ count }: { count: number }) {
  const { t } = useI18n();
  const toast = useToast();
  const create = useCreateTag();
  const [name, setName] = useState('');
  const [color, setColor] = useState(TAG_COLORS[count % TAG_COLORS.length]);
  const taken = isApiError(create.error, 409);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) return;
    create.mutate(
      { name: trimmed, color },
      {
        onSuccess: () => {
          setName('');
          setColor(TAG_COLORS[(count + 1) % TAG_COLORS.length]);
          toast.show(t('settings.tags.added', { name: trimmed }), 'success');
        },
        onError: (error) => {
          if (!isApiError(error, 409)) toast.show(errorMessage(error, t('settings.saveFailed')), 'error');
        },
      },
    );
  };

  return (
    <form className="sb-set-new" onSubmit={onSubmit} aria-label={t('settings.tags.add')}>
      <ColorPicker color={color} label={t('settings.tags.newColor')} onChange={setColor} testId="new-tag-color" />
      <input
        className="sb-input sb-input--sm"
        value={name}
        maxLength={50}
        placeholder={t('settings.tags.newName')}
        aria-label={t('settings.tags.newName')}
        aria-invalid={taken || undefined}
        aria-describedby={taken ? 'new-tag-error' : undefined}
        onChange={(event) => {
          setName(event.target.value);
          if (create.isError) create.reset();
        }}
        data-testid="new-tag-name"
      />
      <Button type="submit" size="sm" variant="primary" icon={<PlusIcon />} loading={create.isPending} disabled={!name.trim()} data-testid="new-tag-add">
        {t('settings.tags.add')}
      </Button>
      {taken && (
        <span id="new-tag-error" className="sb-set-new__error" role="alert" data-testid="new-tag-error">
          {errorMessage(create.error, t('settings.tags.taken'))}
        </span>
      )}
    </form>
  );
}
