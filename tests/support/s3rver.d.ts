// Minimal typing of the parts of s3rver 3.7.1 (a Koa app) the S3 integration test uses; it ships no types.
declare module "s3rver" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";

  export type KoaContext = {
    method: string;
    req: IncomingMessage;
    res: ServerResponse;
    status: number;
    body: unknown;
    type: string;
    get(header: string): string;
  };
  export type KoaMiddleware = (ctx: KoaContext, next: () => Promise<void>) => Promise<void>;

  export default class S3rver {
    constructor(options: {
      address?: string;
      port?: number;
      silent?: boolean;
      directory: string;
      resetOnClose?: boolean;
      configureBuckets?: { name: string }[];
    });
    middleware: KoaMiddleware[];
    httpServer?: Server;
    run(): Promise<{ address: string; port: number }>;
    close(): Promise<void>;
  }
}
