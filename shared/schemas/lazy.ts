/**
 * Schemas built on first use. Building a zod schema is work (every constructor and method of
 * zod's classic API runs for the first time as the app's modules load), and most schemas are not
 * used by a start at all: `lazySchema(build)` stands for the schema `build()` returns, builds it
 * the first time anything of it is read (a parse, `.shape`, `.optional()`, …) and from then on
 * hands every read to that one schema. So it behaves, parses and words its errors exactly as the
 * schema itself; its type is the schema's type.
 *
 * A schema made from others reads them through `built()` inside its own `build`, so that what a
 * parse walks (an object's fields, a union's options) is the built schemas, not stand-ins.
 */
const BUILT = Symbol('sextant.builtSchema');

export function lazySchema<T extends object>(build: () => T): T {
  let schema: T | undefined;
  const get = (): T => (schema ??= build());
  // The target only satisfies the Proxy invariants (a property reported as non-configurable must exist on it).
  const handler: ProxyHandler<object> = {
    get: (_, key) => (key === BUILT ? get() : Reflect.get(get(), key)),
    set: (_, key, value) => Reflect.set(get(), key, value),
    has: (_, key) => Reflect.has(get(), key),
    ownKeys: () => Reflect.ownKeys(get()),
    getOwnPropertyDescriptor: (target, key) => {
      const d = Reflect.getOwnPropertyDescriptor(get(), key);
      if (d && !d.configurable && !Reflect.getOwnPropertyDescriptor(target, key)) Reflect.defineProperty(target, key, d);
      return d;
    },
    defineProperty: (_, key, d) => Reflect.defineProperty(get(), key, d),
    deleteProperty: (_, key) => Reflect.deleteProperty(get(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(get()),
  };
  return new Proxy({}, handler) as T;
}

/** The schema itself: built now if it is a `lazySchema` not yet used; any other value as it is. */
export function built<T>(schema: T): T {
  return (schema as { [BUILT]?: T })[BUILT] ?? schema;
}
