/** Service input as typed by a test or straight from a form: the service validates it either way. */
export type Untrusted<T> = T | Record<string, unknown>;
