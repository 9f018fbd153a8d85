// Jest runs outside the React Server Components bundler; "server-only" would throw on import there.
module.exports = {};
