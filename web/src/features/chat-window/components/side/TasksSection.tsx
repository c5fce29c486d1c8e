import { useState, type FormEvent } from 'react';
import { useUsers } from '@/api/get-users';
import { Button } from '@/components/Button';
import { ErrorBanner } from '@/components/ErrorBanner';
import { PlusIcon, TrashIcon } from '@/components/icons';
import { Skeleton } from '@/components/Skeleton';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage, fieldErrors } from '@/lib/api-client';
import type { Task } from '@/lib/api-types';
import { formatDue } from '@/lib/format';
import { useSession } from '@/lib/session';
import { useNow } from '@/lib/use-now';
import { useCreateTask } from '../../api/create-task';
import { useDeleteTask } from '../../api/delete-task';
import { useTasks } from '../../api/get-tasks';
import { useUpdateTask } from '../../api/update-task';

/** `YYYY-MM-DDTHH:mm` in the browser's time zone, as `<input type="datetime-local">` wants it. */
export function toLocalInput(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** The next full hour after an hour from now: a sensible default due time. */
function defaultDue(now: number): string {
  const d = new Date(now + 3600_000);
  d.setMinutes(0, 0, 0);
  return toLocalInput(d.getTime() + 3600_000);
}

function TaskItem({ task, onToggle, onDelete }: { task: Task; onToggle: () => void; onDelete: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const now = useNow();
  const overdue = !task.done && task.dueAt !== null && Date.parse(task.dueAt) < now;
  return (
    <li className={`sb-task-item${task.done ? ' sb-task-item--done' : ''}${overdue ? ' sb-task-item--overdue' : ''}`} data-testid="task-item" data-task-id={task.id} data-done={task.done} data-overdue={overdue}>
      <input type="checkbox" className="sb-checkbox" checked={task.done} onChange={onToggle} aria-label={t(task.done ? 'side.taskReopen' : 'side.taskDone', { text: task.text })} data-testid="task-done" />
      <span className="sb-task-item__main">
        <span className="sb-task-item__text">{task.text}</span>
        <span className="sb-task-item__meta">
          {task.dueAt && (
            <time dateTime={task.dueAt} title={overdue ? t('chats.overdue') : undefined} data-testid="task-due">
              {formatDue(task.dueAt, now, i18n)}
            </time>
          )}
          {task.assignee && <span>· {task.assignee.name}</span>}
        </span>
      </span>
      <button type="button" className="sb-icon-btn sb-icon-btn--danger" onClick={onDelete} aria-label={t('side.taskDelete', { text: task.text })} title={t('side.taskDelete', { text: task.text })} data-testid="task-delete">
        <TrashIcon size={14} />
      </button>
    </li>
  );
}

function NewTaskForm({ chatId }: { chatId: string }) {
  const { t } = useI18n();
  const { user } = useSession();
  const users = useUsers();
  const create = useCreateTask(chatId);
  const [text, setText] = useState('');
  const [due, setDue] = useState(() => defaultDue(Date.now()));
  const [assigneeId, setAssigneeId] = useState(user.id);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!text.trim()) problems.text = t('side.taskTextRequired');
    const dueMs = Date.parse(due);
    if (!due || Number.isNaN(dueMs)) problems.dueAt = t('side.taskDueRequired');
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      (event.currentTarget as HTMLFormElement).querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    create.mutate(
      { text: text.trim(), dueAt: new Date(dueMs).toISOString(), assigneeId },
      {
        onSuccess: () => {
          setText('');
          setDue(defaultDue(Date.now()));
        },
        onError: (error) => {
          const byField = fieldErrors(error);
          setErrors({ ...byField, form: Object.keys(byField).length ? '' : errorMessage(error, t('side.saveFailed')) });
        },
      },
    );
  };

  const team = users.data ?? [];
  return (
    <form className="sb-task-new" onSubmit={onSubmit} aria-label={t('side.taskNew')} noValidate>
      <input
        className="sb-input sb-input--sm"
        value={text}
        maxLength={1000}
        placeholder={t('side.taskText')}
        aria-label={t('side.taskText')}
        aria-invalid={errors.text ? true : undefined}
        onChange={(e) => {
          setText(e.target.value);
          if (errors.text) setErrors({ ...errors, text: '' });
        }}
        name="text"
        data-testid="task-text"
      />
      {errors.text && <span className="sb-inline__error" role="alert">{errors.text}</span>}
      <div className="sb-task-new__row">
        <input
          className="sb-input sb-input--sm"
          type="datetime-local"
          value={due}
          aria-label={t('side.taskDue')}
          aria-invalid={errors.dueAt ? true : undefined}
          onChange={(e) => setDue(e.target.value)}
          name="dueAt"
          data-testid="task-due-input"
        />
        <select className="sb-select" value={assigneeId} onChange={(e) => setAssigneeId(e.target.value)} aria-label={t('side.taskAssignee')} name="assigneeId" data-testid="task-assignee">
          {!team.some((u) => u.id === user.id) && <option value={user.id}>{user.name}</option>}
          {team.map((u) => (
            <option key={u.id} value={u.id}>
              {u.id === user.id ? t('side.me', { name: u.name }) : u.name}
            </option>
          ))}
        </select>
      </div>
      {(errors.dueAt || errors.assigneeId || errors.form) && (
        <span className="sb-inline__error" role="alert">
          {errors.dueAt || errors.assigneeId || errors.form}
        </span>
      )}
      <Button type="submit" size="sm" variant="secondary" icon={<PlusIcon />} loading={create.isPending} data-testid="task-add">
        {t('side.taskAdd')}
      </Button>
    </form>
  );
}

/** «Задачи» of the chat: tick done, delete, add with text, due time and assignee; overdue ones in red. */
export function TasksSection({ chatId }: { chatId: string }) {
  const { t } = useI18n();
  const toast = useToast();
  const tasks = useTasks(chatId);
  const update = useUpdateTask(chatId);
  const remove = useDeleteTask(chatId);
  const onError = (error: unknown) => toast.show(errorMessage(error, t('side.saveFailed')), 'error');
  const list = tasks.data ?? [];
  const open = list.filter((task) => !task.done).length;

  let body;
  if (tasks.isPending) body = <Skeleton width="60%" />;
  else if (tasks.isError) body = <ErrorBanner compact title={t('side.tasksError')} error={tasks.error} onRetry={() => void tasks.refetch()} />;
  else if (list.length === 0) body = <p className="sb-side__none">{t('side.noTasks')}</p>;
  else {
    body = (
      <ul className="sb-task-list" data-testid="task-list">
        {list.map((task) => (
          <TaskItem
            key={task.id}
            task={task}
            onToggle={() => update.mutate({ id: task.id, change: { done: !task.done } }, { onError })}
            onDelete={() => remove.mutate(task.id, { onError })}
          />
        ))}
      </ul>
    );
  }
  return (
    <section className="sb-side__section" aria-label={t('chats.col.tasks')}>
      <h3 className="sb-side__title">
        {t('chats.col.tasks')}
        {open > 0 && <span className="sb-side__count">{open}</span>}
      </h3>
      {body}
      <NewTaskForm chatId={chatId} />
    </section>
  );
}
