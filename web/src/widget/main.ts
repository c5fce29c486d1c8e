import { install } from './embed';

// document.currentScript is only set while this file first runs: read it now, not in a callback
install(document.currentScript as HTMLScriptElement | null);
