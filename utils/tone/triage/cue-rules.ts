/**
 * Rules for what rules do best: words and phrases that make a mention a question, a
 * complaint, spam, urgent or sarcastic, in French and English. They run on the folded
 * tokens joined by spaces (accents gone, elision split: `qu'est-ce` → `que est ce`),
 * so each pattern is written in that form. Our own lists, kept short and plain.
 */
const words = (alternatives: string) => new RegExp(String.raw`(?<= |^)(?:${alternatives})(?= |$)`, 'g');

export const QUESTION_START = words(
  String.raw`comment|pourquoi|quand|ou|combien|quel|quelle|quels|quelles|est ce que|est il|est elle|y a t il|peut on|pouvez vous|avez vous|savez vous|how|why|when|where|what|which|who|can (?:i|you|we|someone)|could you|is (?:it|there|this)|are (?:you|there|they)|do (?:you|i)|does|did you|will you|anyone`,
);

/** What complaints are about: negative only together with a negative tone. */
export const COMPLAINT_TOPIC = words(
  String.raw`rembours\w*|refund\w*|attend\w*|attente|wait\w*|commande\w*|order\w*|livr\w*|deliver\w*|colis|parcel|package|sav|service client|customer service|support|facture\w*|preleve\w*|charged|annul\w*|cancel\w*|rupture|out of stock|retour|return`,
);

/** Complaint words that are negative on their own. */
export const COMPLAINT = words(
  String.raw`cass\w*|broken|broke|panne\w*|defectu\w*|defective|faulty|retard\w*|late|delay\w*|toujours (?:pas|rien|aucun\w*)|still (?:no|not|nothing|waiting)|no (?:answer|reply|response)|aucune reponse|pas de reponse|jamais (?:recu|arrive\w*)|never (?:arrived|received|got)|arnaque\w*|scam\w*|inadmissible|inacceptable|unacceptable|honte|shame\w*|nul|nulle|pire|worst|terrible|horrible|decu\w*|disappoint\w*|bug\w*|plante|crash\w*|perdu|lost|marre|fed up|insatisfait\w*|mecontent\w*|rien recu|nothing received`,
);

export const PRAISE = words(
  String.raw`merci|thanks?|thank you|bravo|felicitations|congrats|congratulations|love|adore|j adore|genial|super|top|parfait|perfect|excellent|amazing|awesome|great|magnifique|incroyable|recommande|recommend\w*|meilleur\w*|best|fan|kudos|impeccable|rapide|fast|nickel`,
);

export const SPAM = words(
  String.raw`promo\w*|discount\w*|code promo|coupon\w*|free|gratuit\w*|gagne[rz]?|win|giveaway|concours|offre\w*|offer\w*|cliquez|click|clique|dm me|dm moi|ecris moi en dm|check (?:my|out my) (?:profile|bio|page)|voir (?:mon|ma) (?:profil|bio)|link in (?:my )?bio|lien (?:dans|en) bio|crypto\w*|bitcoin|btc|nft\w*|forex|invest\w*|trading|airdrop|follow (?:for|4) follow|f4f|followback|follow back|suivez moi|follow me|abonne toi|earn|gagnez|cash|onlyfans|xxx`,
);

export const CRISIS = words(
  String.raw`avocat\w*|lawyer\w*|attorney|justice|tribunal|proces|plainte|porter plainte|sue|suing|lawsuit|police|gendarmerie|danger\w*|boycott\w*|scandal\w*|scandale\w*|rappel|recall\w*|intoxi\w*|poison\w*|empoisonn\w*|hopital|hospital\w*|urgences?|urgent|emergency|bless\w*|injur\w*|brule\w*|burn\w*|incendie|explos\w*|fuite de donnees|data breach|pirat\w*|hack\w*|journalist\w*|ufc|consumer protection|signalement|dgccrf|allergi\w*|toxique|death|died|deces`,
);

export const ANGER = words(String.raw`furieu\w*|furious|en colere|angry|enerve\w*|marre|ras le bol|fed up|scandalise\w*|outraged|honte|shame|inadmissible|unacceptable|inacceptable|wtf|putain|fuck\w*`);

/** Phrases that say the opposite of their words. */
export const SARCASM_PHRASE = words(
  String.raw`merci pour rien|merci du cadeau|merci bien pour rien|thanks for nothing|thanks a lot for nothing|yeah right|c est ca oui|bravo pour (?:le|la|les|ce|cette) (?:fiasco|bazar|bordel|retard\w*|panne)|great another|oh great|super encore|genial encore|encore bravo|comme d habitude|as usual|quelle surprise|what a surprise|bien joue|well done`,
);

/** Openers that are sarcastic when the rest of the post complains. */
export const SARCASM_OPENER = words(String.raw`bravo|merci|thanks?|great|super|genial|parfait|perfect|wow|nice|fantastic|fantastique|formidable|j adore|i love|love|love how|j adore quand|top`);

/** Insults plain enough to call a post toxic whatever the model says. */
export const INSULT = words(
  String.raw`connards?|connasses?|encules?|salopes?|salauds?|batards?|abrutis?|debiles?|cretins?|idiots?|imbeciles?|tocards?|nazes?|ta gueule|ferme ta gueule|fdp|ntm|nique\w*|pute|putes|merdique|fuck you|fuck off|stfu|asshole\w*|bastards?|bitch\w*|cunts?|dickheads?|idiots?|morons?|retards?|stupid|dumbass\w*|scumbags?|shut up|piece of shit|go to hell|va te faire\w*|cassez vous|degage\w*`,
);

export function count(pattern: RegExp, joined: string): number {
  pattern.lastIndex = 0;
  let n = 0;
  while (pattern.exec(joined)) n++;
  return n;
}
