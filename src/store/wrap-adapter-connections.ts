/**
 * The driver adapter factory with `wrap` applied to every connection it hands out (shadow databases
 * too); everything else passes through. Prisma opens connections only through these two methods.
 */
export function wrapAdapterConnections<T extends object>(factory: T, wrap: (connection: object) => object): T {
  return new Proxy(factory, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== "function") return value;
      if (property === "connect" || property === "connectToShadowDb") return async (...args: unknown[]) => wrap((await value.apply(target, args)) as object);
      return value.bind(target);
    },
  });
}
