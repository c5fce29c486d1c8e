import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import { NavLink } from 'react-router';
import { Avatar } from '@/components/Avatar';
import { ChartIcon, ChatsIcon, KeyboardIcon, SettingsIcon, SignOutIcon } from '@/components/icons';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { useSignOut } from '@/features/auth';
import { chatCountsQueryOptions } from '@/features/chats';
import { useI18n } from '@/i18n';
import { useConnectionState } from '@/lib/realtime';
import { useSession } from '@/lib/session';
import { AdminNotices } from './AdminNotices';
import { AttentionSettings } from './AttentionSettings';
import { ShortcutHelp, useHelpKey } from './ShortcutHelp';

export function ConnectionStatus() {
  const { t } = useI18n();
  const state = useConnectionState();
  const open = state === 'open';
  const label = open ? t('connection.open') : state === 'reconnecting' ? t('connection.reconnecting') : t('connection.connecting');
  return (
    <div
      className={`sb-conn sb-conn--${state}`}
      data-testid="connection-status"
      data-state={state}
      role="status"
      title={open ? t('connection.openHint') : state === 'reconnecting' ? t('connection.reconnectingHint') : label}
    >
      <span className="sb-conn__dot" aria-hidden="true" />
      <span className="sb-conn__label">{label}</span>
    </div>
  );
}

/** The browser tab says how many chats are unread: "(3) Switchboard". */
function useTabTitle() {
  const { t } = useI18n();
  const counts = useQuery(chatCountsQueryOptions());
  const unread = counts.data?.unread ?? 0;
  useEffect(() => {
    document.title = unread > 0 ? `(${unread}) ${t('app.name')}` : t('app.name');
  }, [unread, t]);
}

function UserMenu({ onShortcuts }: { onShortcuts: () => void }) {
  const { t } = useI18n();
  const { user, workspace } = useSession();
  const signOut = useSignOut();
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', onDown);
    return () => document.removeEventListener('mousedown', onDown);
  }, [open]);

  // Esc closes only the menu: handled here and stopped, so the open chat does not close too.
  const onKeyDown = (e: ReactKeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape' || !open) return;
    e.preventDefault();
    e.stopPropagation();
    setOpen(false);
    triggerRef.current?.focus();
  };

  return (
    <div className="sb-user" ref={ref} onKeyDown={onKeyDown}>
      <button
        ref={triggerRef}
        type="button"
        className="sb-user__trigger"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={`${t('nav.account')}: ${user.name}`}
        title={user.name}
        onClick={() => setOpen((v) => !v)}
        data-testid="user-menu"
      >
        <Avatar name={user.name} seed={user.id} size="sm" />
      </button>
      {open && (
        <div className="sb-user__menu" role="menu">
          <div className="sb-user__who">
            <strong>{user.name}</strong>
            <span>{user.email}</span>
            <span className="sb-muted">{workspace.name}</span>
          </div>
          <div className="sb-user__section">
            <span className="sb-user__section-label">{t('nav.language')}</span>
            <LanguageSwitch />
          </div>
          <AttentionSettings />
          <button
            type="button"
            role="menuitem"
            className="sb-user__item"
            onClick={() => {
              setOpen(false);
              onShortcuts();
            }}
            data-testid="open-shortcuts"
          >
            <KeyboardIcon />
            {t('shortcuts.title')}
            <kbd className="sb-kbd sb-user__kbd">?</kbd>
          </button>
          <button
            type="button"
            role="menuitem"
            className="sb-user__item"
            onClick={() => signOut.mutate()}
            disabled={signOut.isPending}
            data-testid="sign-out"
          >
            <SignOutIcon />
            {t('nav.signOut')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Narrow left navigation + the page; the tab title, the "?" help. */
export function AppShell({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [help, setHelp] = useState(false);
  const admin = useSession().user.role !== 'operator';
  useTabTitle();
  useHelpKey(() => setHelp(true));
  return (
    <div className="sb-shell">
      <nav className="sb-nav" aria-label={t('nav.main')}>
        <div className="sb-nav__logo" title={t('app.name')}>
          <span className="sb-logo" aria-hidden="true">
            S
          </span>
          <span className="sb-visually-hidden">{t('app.name')}</span>
        </div>
        <NavLink to="/chats" className={({ isActive }) => `sb-nav__item${isActive ? ' sb-nav__item--active' : ''}`} data-testid="nav-chats">
          <ChatsIcon size={20} />
          <span className="sb-nav__label">{t('nav.chats')}</span>
        </NavLink>
        {admin && (
          <NavLink to="/analytics" className={({ isActive }) => `sb-nav__item${isActive ? ' sb-nav__item--active' : ''}`} data-testid="nav-analytics">
            <ChartIcon size={20} />
            <span className="sb-nav__label">{t('nav.analytics')}</span>
          </NavLink>
        )}
        <NavLink to="/settings" className={({ isActive }) => `sb-nav__item${isActive ? ' sb-nav__item--active' : ''}`} data-testid="nav-settings">
          <SettingsIcon size={20} />
          <span className="sb-nav__label">{t('nav.settings')}</span>
        </NavLink>
        <div className="sb-nav__spacer" />
        <ConnectionStatus />
        <UserMenu onShortcuts={() => setHelp(true)} />
      </nav>
      <main className="sb-main">{children}</main>
      <AdminNotices />
      {help && <ShortcutHelp onClose={() => setHelp(false)} />}
    </div>
  );
}
