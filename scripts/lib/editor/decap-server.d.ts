// decap-server ships no types: the part of it the editor uses.
declare module 'decap-server/dist/middlewares.js' {
  import type { Express } from 'express';
  // A webpack-built CommonJS module: Node gives its exports as the default export only.
  const middlewares: { registerLocalGit(app: Express, options?: { logLevel?: string }): Promise<void> };
  export default middlewares;
}
