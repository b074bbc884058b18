/**
 * The page requires Trusted Types for every script sink (CSP `require-trusted-types-for
 * 'script'`), so injected markup can never become script. This one "default" policy decides
 * what the app's own code and its libraries may pass to those sinks: workers and scripts only
 * from the app's own origin, no strings run as script, and any HTML written into the page kept
 * as text (html-to-image copies a textarea's value through innerHTML when drawing pictures).
 */
interface TrustedTypesFactory {
  createPolicy(
    name: string,
    rules: {
      createHTML(input: string): string;
      createScript(): never;
      createScriptURL(input: string): string;
    },
  ): unknown;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function installTrustedTypesPolicy(scope: {
  trustedTypes?: TrustedTypesFactory;
  location: Location;
}): void {
  scope.trustedTypes?.createPolicy('default', {
    createHTML: escapeHtml,
    createScript() {
      throw new TypeError('the app never runs text as script');
    },
    createScriptURL(input) {
      const url = new URL(input, scope.location.href);
      const own =
        url.origin === scope.location.origin ||
        (url.protocol === 'blob:' && new URL(url.pathname).origin === scope.location.origin);
      if (!own) throw new TypeError('scripts and workers load only from the app itself');
      return input;
    },
  });
}
