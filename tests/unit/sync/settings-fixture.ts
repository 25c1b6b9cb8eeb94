/**
 * Realistic personal settings for size measurements: `count` reply elements of about
 * 250 characters, French and English alternating, assembled from a small phrase bank
 * with a fixed-seed generator so no two texts are equal but the run is reproducible.
 */
const FR = [
  'Bonjour {author}, merci pour votre message !',
  "Nous sommes désolés pour ce désagrément, ce n'est pas l'expérience que nous voulons vous offrir.",
  'Pouvez-vous nous écrire en message privé avec votre numéro de commande ?',
  "Toute l'équipe {brand} est ravie de lire ce retour.",
  'Nous transmettons votre remarque à notre service client, qui revient vers vous sous 48 h.',
  'Vous trouverez les détails ici : https://acme.example/aide — et nous restons disponibles.',
  'Merci de votre patience, nous regardons cela tout de suite.',
  "Bonne nouvelle : {product} est de nouveau disponible en magasin et sur l'e-shop.",
  'Nous comprenons votre frustration et faisons le nécessaire au plus vite.',
  'À très bientôt sur nos réseaux ! {agent}',
];
const EN = [
  'Hi {author}, thanks for reaching out!',
  "We're sorry about this, it's not the experience we want you to have.",
  'Could you send us a private message with your order number?',
  'The whole {brand} team is delighted to read this.',
  "We've passed your feedback to our customer care team, who'll get back to you within 48 hours.",
  "You'll find the details here: https://acme.example/help — and we're happy to help.",
  "Thanks for your patience, we're looking into it right now.",
  'Good news: {product} is back in stock in stores and online.',
  "We understand your frustration and we're on it.",
  'Talk soon! {agent}',
];
const CATEGORIES = ['question', 'complaint', 'praise', 'crisis', 'troll', 'thanks', 'move-to-private', 'escalation'];

export function realisticSettings(count = 300, seed = 42) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const replies = Array.from({ length: count }, (_, i) => {
    const lang = i % 2 ? 'en' : 'fr';
    const bank = lang === 'fr' ? FR : EN;
    let text = pick(bank);
    while (text.length < 230) text += ` ${pick(bank)}`;
    return { id: `r-${i}`, title: `${pick(CATEGORIES)} ${i}`, category: pick(CATEGORIES), lang, text, tags: [pick(CATEGORIES)] };
  });
  return {
    version: 1,
    brand: { name: 'Acme', agent: 'Camille, équipe Acme', handles: ['@acme'] },
    queries: [
      { id: 'brand', label: 'Acme', color: '#d9480f', query: 'Acme OR @acme OR #acme' },
      { id: 'rocket', label: 'Rocket', color: '#1971c2', query: '"Acme Rocket" OR #AcmeRocket -job' },
    ],
    replies,
  };
}
