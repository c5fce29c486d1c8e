import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '@/i18n';
import { ToastContext, type ToastApi } from './toast-context';

interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'error' | 'success';
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((toast) => toast.id !== id)), []);

  const show = useCallback<ToastApi['show']>(
    (message, tone = 'info') => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-3), { id, message, tone }]);
      setTimeout(() => dismiss(id), tone === 'error' ? 8000 : 2500);
    },
    [dismiss],
  );

  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="sb-toasts" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`sb-toast sb-toast--${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'} data-testid="toast">
            <span>{toast.message}</span>
            <button type="button" className="sb-icon-btn" onClick={() => dismiss(toast.id)} aria-label={t('common.dismiss')}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}
