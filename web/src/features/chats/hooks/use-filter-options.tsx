import { useMemo } from 'react';
import { ChannelIcon } from '@/components/ChannelIcon';
import type { Option } from '@/components/OptionList';
import { useI18n } from '@/i18n';
import { CHANNEL_TYPES } from '@/lib/api-types';
import { CHAT_STATES, SOURCE_TYPES, TASK_FILTERS, type FilterParam } from '../model/chat-filter';
import {
  useChannelOptions,
  useStageOptions,
  useTagOptions,
  useUserOptions,
  type CatalogueOptions,
} from '@/components/pickers/catalogue-options';

/** The filters chosen from a list (all but the period). */
export type ListParam = Exclude<FilterParam, 'from' | 'to'>;

/** Choices known without asking the server. */
function fixed(options: Option[]): CatalogueOptions<never> {
  return { options, items: [], query: { isPending: false, isError: false, error: null, refetch: () => undefined } };
}

/**
 * The choices of every list filter, and so the names of the chosen values (for the chips).
 * A catalogue is only fetched when its filter is in `needed`.
 */
export function useFilterOptions(needed: readonly FilterParam[]): Record<ListParam, CatalogueOptions<unknown>> {
  const { t } = useI18n();
  const channel = useChannelOptions(needed.includes('channel'));
  const responsible = useUserOptions(needed.includes('responsible'), true);
  const tag = useTagOptions(needed.includes('tag'));
  const stage = useStageOptions(needed.includes('stage'));

  const fixedOptions = useMemo(
    () => ({
      channelType: fixed(
        CHANNEL_TYPES.map((type) => ({
          value: type,
          text: t(`channel.${type}`),
          label: <><ChannelIcon type={type} size={16} />{t(`channel.${type}`)}</>,
        })),
      ),
      sourceType: fixed(SOURCE_TYPES.map((value) => ({ value, text: t(`filters.sourceType.${value}`), label: t(`filters.sourceType.${value}`) }))),
      state: fixed(CHAT_STATES.map((value) => ({ value, text: t(`filters.state.${value}`), label: t(`filters.state.${value}`) }))),
      tasks: fixed(TASK_FILTERS.map((value) => ({ value, text: t(`filters.tasks.${value}`), label: t(`filters.tasks.${value}`) }))),
    }),
    [t],
  );

  return { ...fixedOptions, channel, responsible, tag, stage } as Record<ListParam, CatalogueOptions<unknown>>;
}
