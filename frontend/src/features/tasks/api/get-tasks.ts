import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api-client';
import type { ResponseBody } from '@/lib/api-types';

export type TaskList = ResponseBody<'/api/v1/tasks', 'get'>;
export type Task = TaskList['items'][number];
export type TaskKind = Task['kind'];

export function getTasks(): Promise<TaskList> {
  return unwrap(api.GET('/api/v1/tasks', { params: { query: { size: 200 } } }));
}

export const tasksQueryOptions = () => queryOptions({ queryKey: ['tasks'], queryFn: getTasks });

export function useTasks() {
  return useQuery(tasksQueryOptions());
}
