export { AnalyticsScreen } from './components/AnalyticsScreen';
