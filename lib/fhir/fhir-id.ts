// FHIR resource ids are at most 64 characters ([A-Za-z0-9-.]); some claim ids are longer. A longer id keeps its
// first 55 characters and gains a hash of the whole id, so it stays readable, stable and unique.
const MAX = 64;

function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

export function fhirId(id: string): string {
  return id.length <= MAX ? id : `${id.slice(0, MAX - 9)}-${fnv1a(id)}`;
}
