// esbuild plugin: @actions/core imports its OIDC client at the top (and with it
// @actions/http-client, undici and node:http, ~0.8 MB), though only core.getIDToken uses it
// and this action never calls it. This loads that module on demand instead, in its own chunk,
// so that the action starts without it (bench/startup.ts measures the difference).
export const lazyActionsCoreOidc = {
  name: 'lazy-actions-core-oidc',
  setup(build) {
    build.onLoad({ filter: /[\\/]@actions[\\/]core[\\/]lib[\\/]oidc-utils\.js$/ }, (args) => {
      if (args.suffix === '?eager') return undefined; // the real module, for the dynamic import below
      const real = JSON.stringify(`${args.path}?eager`);
      return {
        contents: `export class OidcClient {\n  static async getIDToken(audience) {\n    return (await import(${real})).OidcClient.getIDToken(audience);\n  }\n}\n`,
        loader: 'js',
      };
    });
  },
};
