/**
 * Large data a page hands to its island, as one JSON string. Astro's Svelte renderer makes an island's
 * props deeply reactive (`$state(props)`), so every read of a nested object goes through a proxy and
 * makes a signal: scoring a quiz link over the item banks that way took a quarter of the result
 * page's hydration. A string is not proxied; the island unpacks it once into plain objects.
 *
 * The type travels with the string (`Packed<T>`), so the page and the island agree on the shape at
 * compile time. Only for data the same build wrote: anything downloaded goes through its schema.
 */
declare const packedType: unique symbol;

/** `T` serialized as JSON, carrying its type to the island that unpacks it. */
export type Packed<T> = string & { readonly [packedType]: T };

/** At build, in the page: `value` as one JSON string prop. */
export function pack<T>(value: T): Packed<T> {
  return JSON.stringify(value) as Packed<T>;
}

/** In the island: the plain (never proxied) value the page packed. */
export function unpack<T>(packed: Packed<T>): T {
  return JSON.parse(packed) as T;
}
