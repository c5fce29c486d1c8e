import { useState, type FormEvent } from 'react';
import { ErrorBanner } from '@/components/ErrorBanner';
import { Button } from '@/components/Button';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { useI18n } from '@/i18n';
import { errorMessage, isApiError } from '@/lib/api-client';
import { useSignIn } from '../api/sign-in';
import '../auth.css';

export function SignInPage() {
  const { t } = useI18n();
  const signIn = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState(false);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setMissing(true);
      return;
    }
    setMissing(false);
    signIn.mutate({ email: email.trim(), password });
  };

  let error: string | null = null;
  if (missing) error = t('signin.required');
  else if (signIn.error) {
    const e = signIn.error;
    if (isApiError(e, 401)) error = t('signin.wrongCredentials');
    else if (isApiError(e, 429)) error = t('signin.tooManyAttempts');
    else if (isApiError(e)) error = errorMessage(e, t('signin.failed'));
    else if (e instanceof TypeError) error = t('common.networkError');
    else error = t('signin.failed');
  }

  return (
    <main className="sb-signin">
      <div className="sb-signin__lang">
        <LanguageSwitch />
      </div>
      <form className="sb-signin__card" onSubmit={onSubmit} noValidate aria-labelledby="signin-title">
        <div className="sb-signin__brand">
          <span className="sb-logo" aria-hidden="true">
            S
          </span>
          <span className="sb-signin__brand-name">{t('app.name')}</span>
        </div>
        <h1 id="signin-title" className="sb-signin__title">
          {t('signin.title')}
        </h1>
        <p className="sb-signin__subtitle">{t('signin.subtitle')}</p>

        {error && <ErrorBanner message={error} compact />}

        <label className="sb-field">
          <span className="sb-field__label">{t('signin.email')}</span>
          <input
            className="sb-input"
            type="email"
            name="email"
            autoComplete="username"
            autoFocus
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            data-testid="signin-email"
            aria-invalid={Boolean(error) || undefined}
          />
        </label>
        <label className="sb-field">
          <span className="sb-field__label">{t('signin.password')}</span>
          <input
            className="sb-input"
            type="password"
            name="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            data-testid="signin-password"
            aria-invalid={Boolean(error) || undefined}
          />
        </label>
        <Button
          type="submit"
          variant="primary"
          className="sb-signin__submit"
          loading={signIn.isPending}
          data-testid="signin-submit"
        >
          {signIn.isPending ? t('signin.submitting') : t('signin.submit')}
        </Button>
      </form>
    </main>
  );
}
