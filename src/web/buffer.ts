// The web extension host has no Buffer. gray-matter only keeps a Buffer copy of the text it parses and never reads it
// back, so this much of the API is all the web build needs (a full polyfill would add its weight for nothing).
export const Buffer = {
  from: (text: string): Uint8Array => new TextEncoder().encode(text),
  isBuffer: (): boolean => false,
};
