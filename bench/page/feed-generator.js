// Generated social feeds with a known answer: which posts mention which query. Seeded,
// so every run (and mark.js and ours in one run) sees the same feed.

/** A small fast PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['zor', 'vex', 'ka', 'lin', 'do', 'mir', 'tal', 'quo', 'bri', 'nex', 'sul', 'fra', 'gol', 'dun', 'pex', 'ril', 'wan', 'tor', 'jas', 'mel'];
const FILLER = (
  'the a of and to in is it you that was for on are with as this be at have from or one had by word but not what all ' +
  'le la les de des un une et en du est pour que qui dans sur pas plus par avec ce il elle nous vous très merci bonjour ' +
  'weekend photos coffee train today tomorrow super génial déçu livraison commande service client retard soleil musique ' +
  'café école été où ça déjà naïve cœur œuvre noël fête'
).split(' ');
const EMOJI = ['🎉', '😀', '🙏', '🔥', '❤️', '😡', '👍'];

/** Brand-like names: capitalised two or three syllables, deterministic. */
function brandName(random) {
  const n = 2 + Math.floor(random() * 2);
  let name = '';
  for (let i = 0; i < n; i++) name += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return name[0].toUpperCase() + name.slice(1);
}

/**
 * `count` watch queries: about 70% one word, 30% two-word phrases. Each has the words a
 * post writes (`words`) and the expression (`query`).
 */
export function makeQueries(count, seed = 7) {
  const random = rng(seed);
  const seen = new Set();
  const queries = [];
  while (queries.length < count) {
    const words = random() < 0.7 ? [brandName(random)] : [brandName(random), brandName(random)];
    const key = words.join(' ').toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    queries.push({ id: `q${queries.length}`, label: words.join(' '), color: '#d9480f', words, query: words.length > 1 ? `"${words.join(' ')}"` : words[0] });
  }
  return queries;
}

/** How a post writes a brand: the ways people actually do. */
const FORMS = ['plain', 'upper', 'accent', 'elision', 'split', 'hashtag', 'link'];

function mentionNodes(words, form, random) {
  const text = words.join(' ');
  switch (form) {
    case 'upper':
      return [text.toUpperCase()];
    case 'accent':
      return [text.replace(/e/, 'é').replace(/a/, 'à')];
    case 'elision':
      return [`l’${text}`];
    case 'split': {
      const b = document.createElement('b');
      const cut = 2 + Math.floor(random() * (words[0].length - 3));
      b.textContent = text.slice(cut);
      return [text.slice(0, cut), b];
    }
    case 'hashtag':
      return [`#${words.map((w) => w[0].toUpperCase() + w.slice(1)).join('')}`];
    case 'link': {
      const a = document.createElement('a');
      a.href = `https://example.com/${words[0].toLowerCase()}`;
      a.textContent = text;
      return [a];
    }
    default:
      return [text];
  }
}

/**
 * Appends `count` posts to `container`, starting at index `from`. About 1% mention one
 * query. Returns the ground truth: post index → query id, for the mentioning posts.
 */
export function appendPosts(container, { from = 0, count, queries, seed = 11, mentionRate = 0.01 }) {
  const random = rng(seed + from * 7919);
  const truth = new Map();
  const fragment = document.createDocumentFragment();
  const pick = (list) => list[Math.floor(random() * list.length)];
  for (let i = from; i < from + count; i++) {
    const article = document.createElement('article');
    article.className = 'post';
    article.dataset.index = String(i);
    const header = document.createElement('header');
    const author = document.createElement('a');
    author.rel = 'author';
    author.href = `/u/${i}`;
    author.textContent = `${pick(FILLER)} ${i}`;
    const time = document.createElement('a');
    time.href = `/p/${i}`;
    time.append(Object.assign(document.createElement('time'), { textContent: `${1 + (i % 23)}h` }));
    header.append(author, ' · ', time);
    const body = document.createElement('div');
    body.className = 'post-text';
    const paragraphs = 1 + Math.floor(random() * 3);
    const mention = random() < mentionRate && queries.length ? pick(queries) : null;
    const mentionAt = mention ? Math.floor(random() * paragraphs) : -1;
    for (let p = 0; p < paragraphs; p++) {
      const para = document.createElement('p');
      const words = 6 + Math.floor(random() * 18);
      for (let w = 0; w < words; w++) {
        const roll = random();
        if (roll < 0.04) {
          const tag = document.createElement('a');
          tag.href = '/tags/x';
          tag.textContent = `#${pick(FILLER)}`;
          para.append(tag, ' ');
        } else if (roll < 0.07) {
          para.append(Object.assign(document.createElement('img'), { alt: pick(EMOJI), width: 16, height: 16 }), ' ');
        } else if (roll < 0.1) {
          const em = document.createElement(random() < 0.5 ? 'em' : 'span');
          em.textContent = `${pick(FILLER)} ${pick(FILLER)}`;
          para.append(em, ' ');
        } else if (roll < 0.11) {
          // A near miss: a brand glued into a longer word is not a mention.
          para.append(`${pick(queries)?.words[0] ?? 'x'}ville `);
        } else {
          para.append(`${pick(FILLER)}${random() < 0.08 ? pick([',', '.', ' !', ' ?']) : ''} `);
        }
        if (p === mentionAt && w === Math.floor(words / 2)) {
          para.append(...mentionNodes(mention.words, pick(FORMS), random), ' ');
        }
      }
      body.append(para);
    }
    article.append(header, body);
    fragment.append(article);
    if (mention) truth.set(i, mention.id);
  }
  container.append(fragment);
  return truth;
}
