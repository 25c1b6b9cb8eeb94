import type { Config } from './schema';

/**
 * What a fresh install starts with: a demo brand, one watch query and one approved
 * reply per language, so the helper is useful before the manager configures anything.
 */
export const BUILT_IN_CONFIG: Config = {
  version: 1,
  brand: { name: 'Acme', agent: 'Camille, équipe Acme', handles: ['@acme'] },
  queries: [{ id: 'brand', label: 'Acme', color: '#d9480f', query: 'Acme' }],
  replies: [
    {
      id: 'thanks-fr',
      title: 'Remerciement',
      category: 'praise',
      lang: 'fr',
      text: 'Merci {author} pour votre message ! Toute l’équipe {brand} vous remercie. {agent}',
    },
    {
      id: 'thanks-en',
      title: 'Thanks',
      category: 'praise',
      lang: 'en',
      text: 'Thank you {author} for your message! The whole {brand} team appreciates it. {agent}',
    },
  ],
  tone: { forbidden: [] },
};
