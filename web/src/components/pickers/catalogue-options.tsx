import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useChannels } from '@/api/get-channels';
import { useStages } from '@/api/get-stages';
import { useTags } from '@/api/get-tags';
import { useUsers } from '@/api/get-users';
import { Avatar } from '@/components/Avatar';
import { ChannelIcon } from '@/components/ChannelIcon';
import type { Option } from '@/components/OptionList';
import { StagePill } from '@/components/StagePill';
import { TagChip } from '@/components/TagChip';
import { UserIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import { NOBODY, STAGE_GROUPS, type Channel, type FunnelStage, type Tag, type UserRef } from '@/lib/api-types';

/** Options of a picker built from a catalogue the server lists (stages, users, tags, channels). */
export interface CatalogueOptions<T> {
  options: Option[];
  items: T[];
  /** Where the list stands: for the loading and error states of a picker. */
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
}

const NO_OPTIONS: Option[] = [];

function useOptions<T>(query: UseQueryResult<T[]>, toOption: (item: T) => Option, head: Option[] = NO_OPTIONS): CatalogueOptions<T> {
  const { data } = query;
  const options = useMemo(() => [...head, ...(data ?? []).map(toOption)], [data, toOption, head]);
  return { options, items: data ?? [], query };
}

const stageOption = (stage: FunnelStage): Option => ({
  value: stage.id,
  text: stage.name,
  label: <StagePill stage={stage} />,
  group: stage.group,
});

const byGroupThenPosition = (a: FunnelStage, b: FunnelStage) =>
  STAGE_GROUPS.indexOf(a.group) - STAGE_GROUPS.indexOf(b.group) || a.position - b.position;

/** The funnel's stages, grouped by their group (in work, success, failure, not a lead), in funnel order. */
export function useStageOptions(enabled: boolean) {
  const result = useOptions(useStages(enabled), stageOption);
  const options = useMemo(() => {
    const order = new Map([...result.items].sort(byGroupThenPosition).map((stage, i) => [stage.id, i]));
    return [...result.options].sort((a, b) => (order.get(a.value) ?? 0) - (order.get(b.value) ?? 0));
  }, [result.items, result.options]);
  return { ...result, options };
}

/** The team, optionally led by "Nobody" (value `none`). */
export function useUserOptions(enabled: boolean, withNobody: boolean) {
  const { t } = useI18n();
  const nobodyText = t('filters.nobody');
  const head = useMemo<Option[]>(
    () =>
      withNobody
        ? [{ value: NOBODY, text: nobodyText, label: <><span className="sb-nobody" aria-hidden="true"><UserIcon size={12} /></span>{nobodyText}</> }]
        : [],
    [withNobody, nobodyText],
  );
  const toOption = useMemo(
    () => (user: UserRef): Option => ({
      value: user.id,
      text: user.name,
      label: <><Avatar name={user.name} seed={user.id} size="xs" />{user.name}</>,
    }),
    [],
  );
  return useOptions(useUsers(enabled), toOption, head);
}

const tagOption = (tag: Tag): Option => ({ value: tag.id, text: tag.name, label: <TagChip tag={tag} /> });

export function useTagOptions(enabled: boolean) {
  return useOptions(useTags(enabled), tagOption);
}

export function useChannelOptions(enabled: boolean) {
  const { t } = useI18n();
  const toOption = useMemo(
    () => (channel: Channel): Option => {
      const typeName = t(`channel.${channel.type}` as 'channel.telegram');
      return {
        value: channel.id,
        text: channel.name,
        label: <><ChannelIcon type={channel.type} size={16} title={typeName} />{channel.name}</>,
      };
    },
    [t],
  );
  return useOptions(useChannels(enabled), toOption);
}
