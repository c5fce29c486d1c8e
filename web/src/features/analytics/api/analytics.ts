import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { StageGroup } from '@/lib/api-types';

/** A period `[from, to)` as instants. */
export interface Period {
  from: string;
  to: string;
}

export interface StageFigures {
  id: string;
  name: string;
  group: StageGroup;
  entered: number;
  wentOn: number;
  /** wentOn / entered, 0..1; null when nobody entered. */
  conversion: number | null;
  current: number;
}

export interface FunnelReport {
  from: string;
  to: string;
  stages: StageFigures[];
  moves: { from: string; to: string; chats: number }[];
}

export interface ResponseFigures {
  id: string | null;
  name: string | null;
  count: number;
  medianSeconds: number;
  p90Seconds: number;
}

export interface ResponseTimeReport {
  groupBy: 'user' | 'channel';
  total: ResponseFigures;
  items: ResponseFigures[];
}

export interface NewChatsReport {
  timezone: string;
  items: { day: string; channelId: string; channel: string | null; type: string | null; chats: number }[];
}

const query = (period: Period) => `from=${encodeURIComponent(period.from)}&to=${encodeURIComponent(period.to)}`;

/** `GET /api/v1/analytics/funnel` */
export function useFunnel(period: Period) {
  return useQuery({
    queryKey: ['analytics', 'funnel', period],
    queryFn: ({ signal }) => api<FunnelReport>(`/api/v1/analytics/funnel?${query(period)}`, { signal }),
  });
}

/** `GET /api/v1/analytics/response-times` per operator or per channel. */
export function useResponseTimes(period: Period, groupBy: 'user' | 'channel') {
  return useQuery({
    queryKey: ['analytics', 'response-times', groupBy, period],
    queryFn: ({ signal }) =>
      api<ResponseTimeReport>(`/api/v1/analytics/response-times?groupBy=${groupBy}&${query(period)}`, { signal }),
  });
}

/** `GET /api/v1/analytics/new-chats` */
export function useNewChats(period: Period) {
  return useQuery({
    queryKey: ['analytics', 'new-chats', period],
    queryFn: ({ signal }) => api<NewChatsReport>(`/api/v1/analytics/new-chats?${query(period)}`, { signal }),
  });
}
