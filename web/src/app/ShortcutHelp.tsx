import { useEffect, useRef } from 'react';
import { Dialog } from '@/components/Dialog';
import { useI18n, type MessageKey } from '@/i18n';
import { inOverlay, isEditableTarget } from '@/lib/keyboard';

const GROUPS: { title: MessageKey; keys: [string[], MessageKey][] }[] = [
  {
    title: 'shortcuts.list',
    keys: [
      [['J', 'K'], 'shortcuts.move'],
      [['↑', '↓'], 'shortcuts.moveArrows'],
      [['Enter'], 'shortcuts.open'],
      [['X'], 'shortcuts.select'],
      [['Esc'], 'shortcuts.clearSelection'],
      [['Alt+W'], 'shortcuts.writeFirst'],
    ],
  },
  {
    title: 'shortcuts.chat',
    keys: [
      [['Alt+↓', 'Alt+↑'], 'shortcuts.nextChat'],
      [['Alt+A'], 'shortcuts.accept'],
      [['Alt+E'], 'shortcuts.archive'],
      [['/', 'C', 'Alt+C'], 'shortcuts.focusComposer'],
      [['Esc'], 'shortcuts.close'],
    ],
  },
  {
    title: 'shortcuts.composer',
    keys: [
      [['Enter'], 'shortcuts.send'],
      [['Shift+Enter'], 'shortcuts.newLine'],
      [['/'], 'shortcuts.templates'],
      [['Alt+N'], 'shortcuts.note'],
      [['Esc'], 'shortcuts.leaveComposer'],
    ],
  },
  { title: 'shortcuts.general', keys: [[['?'], 'shortcuts.help']] },
];

/** "?" anywhere but in a text field: opens the list of shortcuts. */
export function useHelpKey(onOpen: () => void) {
  const latest = useRef(onOpen);
  useEffect(() => {
    latest.current = onOpen;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isEditableTarget(event.target) || inOverlay(event.target)) return;
      event.preventDefault();
      latest.current();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}

/** Every keyboard shortcut of the app, by where it works. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} testId="shortcut-help" wide>
      <div className="sb-keys">
        {GROUPS.map((group) => (
          <section key={group.title} className="sb-keys__group">
            <h3 className="sb-keys__title">{t(group.title)}</h3>
            <dl className="sb-keys__list">
              {group.keys.map(([keys, what]) => (
                <div key={what} className="sb-keys__row">
                  <dt>
                    {keys.map((key, i) => (
                      <span key={key}>
                        {i > 0 && <span className="sb-keys__or"> / </span>}
                        <kbd className="sb-kbd">{key}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{t(what)}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
