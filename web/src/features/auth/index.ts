export { SignInPage } from './components/SignInPage';
export { useMe, meQueryOptions, getMe } from './api/get-me';
export { useSignOut } from './api/sign-out';
