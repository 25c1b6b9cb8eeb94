import type { Config, Reply } from './schema';

/**
 * The starter set: one element per category in French and in English, so the helper is
 * useful on day one. Wording follows the usual rules of the trade: greet by name, thank,
 * apologise for the trouble (not for the brand's existence), move personal data to
 * private messages, never promise what management has not approved.
 */
const STARTER_REPLIES: Reply[] = [
  {
    id: 'thanks-fr', title: 'Remerciement', category: 'praise', lang: 'fr',
    text: 'Merci {author} pour votre message ! Toute l’équipe {brand} vous remercie. {agent}',
  },
  {
    id: 'thanks-en', title: 'Thanks', category: 'praise', lang: 'en',
    text: 'Thank you {author} for your message! The whole {brand} team appreciates it. {agent}',
  },
  {
    id: 'question-fr', title: 'Question', category: 'question', lang: 'fr',
    text: 'Bonjour {author}, merci pour votre question ! Nous vérifions et revenons vers vous très vite. {agent}',
  },
  {
    id: 'question-en', title: 'Question', category: 'question', lang: 'en',
    text: 'Hi {author}, thanks for your question! We are looking into it and will get back to you shortly. {agent}',
  },
  {
    id: 'complaint-fr', title: 'Réclamation', category: 'complaint', lang: 'fr',
    text: 'Bonjour {author}, nous sommes désolés pour ce désagrément. Pouvez-vous nous écrire en message privé pour que nous regardions votre situation ? {agent}',
    platforms: { x: 'Bonjour {author}, désolés pour ce souci ! Écrivez-nous en message privé, on s’en occupe. {agent}' },
  },
  {
    id: 'complaint-en', title: 'Complaint', category: 'complaint', lang: 'en',
    text: 'Hi {author}, we are sorry for the trouble. Could you send us a private message so we can look into your case? {agent}',
    platforms: { x: 'Hi {author}, sorry about this! Please DM us and we will sort it out. {agent}' },
  },
  {
    id: 'thanks-patience-fr', title: 'Merci pour votre patience', category: 'thanks', lang: 'fr',
    text: 'Merci {author} pour votre patience et votre compréhension. N’hésitez pas à revenir vers nous si besoin. {agent}',
  },
  {
    id: 'thanks-patience-en', title: 'Thanks for your patience', category: 'thanks', lang: 'en',
    text: 'Thank you {author} for your patience and understanding. Do not hesitate to come back to us if needed. {agent}',
  },
  {
    id: 'private-fr', title: 'Passer en message privé', category: 'move-to-private', lang: 'fr',
    text: 'Bonjour {author}, pour protéger vos données, continuons en message privé : nous vous y attendons. {agent}',
  },
  {
    id: 'private-en', title: 'Move to private messages', category: 'move-to-private', lang: 'en',
    text: 'Hi {author}, to keep your details private, let us continue in a private message: we are waiting for you there. {agent}',
  },
  {
    id: 'crisis-fr', title: 'Crise : message d’attente', category: 'crisis', lang: 'fr',
    text: 'Bonjour {author}, nous avons bien vu les messages à ce sujet. Nos équipes sont mobilisées et nous partagerons des informations dès que possible. {agent}',
  },
  {
    id: 'crisis-en', title: 'Crisis: holding statement', category: 'crisis', lang: 'en',
    text: 'Hi {author}, we have seen the messages about this. Our teams are on it and we will share an update as soon as we can. {agent}',
  },
  {
    id: 'troll-fr', title: 'Message hostile', category: 'troll', lang: 'fr',
    text: 'Bonjour {author}, nous restons à votre écoute pour échanger dans le respect de chacun. {agent}',
  },
  {
    id: 'troll-en', title: 'Hostile message', category: 'troll', lang: 'en',
    text: 'Hi {author}, we are happy to talk whenever we can keep it respectful. {agent}',
  },
  {
    id: 'escalation-fr', title: 'Transmis au service concerné', category: 'escalation', lang: 'fr',
    text: 'Bonjour {author}, merci pour votre signalement : nous l’avons transmis au service concerné, qui reviendra vers vous. {agent}',
  },
  {
    id: 'escalation-en', title: 'Passed on to the team in charge', category: 'escalation', lang: 'en',
    text: 'Hi {author}, thank you for letting us know: we have passed this on to the team in charge, who will get back to you. {agent}',
  },
];

/** What a fresh install starts with: a demo brand, one watch query and the starter set. */
export const BUILT_IN_CONFIG: Config = {
  version: 1,
  brand: { name: 'Acme', agent: 'Camille, équipe Acme', handles: ['@acme'] },
  queries: [{ id: 'brand', label: 'Acme', color: '#d9480f', query: 'Acme' }],
  replies: STARTER_REPLIES,
  tone: { forbidden: [] },
};
