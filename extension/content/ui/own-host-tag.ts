/**
 * A fresh tag name for one of our elements on a page (`amtspass-` and 12 random hex digits): a page
 * cannot write CSS or scripts against a name it cannot know in advance.
 */
export function ownHostTag(): string {
  return `amtspass-${Array.from(crypto.getRandomValues(new Uint8Array(6)), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
