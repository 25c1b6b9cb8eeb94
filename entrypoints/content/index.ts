import { defineContentScript } from 'wxt/utils/define-content-script';
import { BUILT_IN_SITE_MATCHES } from '@/utils/sites/hosts';
import { runContentScript } from './run';

export default defineContentScript({
  matches: [...BUILT_IN_SITE_MATCHES],
  runAt: 'document_idle',
  main: runContentScript,
});
