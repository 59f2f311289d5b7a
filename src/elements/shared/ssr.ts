/**
 * Server-side rendering (@lit-labs/ssr) and hydration (@lit-labs/ssr-client) helpers for templates.
 *
 * Live state of form controls is a property (`.checked`, `.selected`): a reader's click makes the
 * attribute meaningless. On the server, @lit-labs/ssr writes such a binding as the attribute, with
 * the value as text: `.checked=${false}` becomes `checked="false"`, which checks the box. So each
 * control binds the attribute too (`?checked=${on}`, right before JavaScript runs) and the property
 * only in the browser: `.checked=${inBrowser(on)}`.
 */
import { isServer, noChange } from 'lit';

/** The value in the browser; on the server `noChange`, which @lit-labs/ssr leaves out of the HTML. */
export const inBrowser = <T>(value: T): T | typeof noChange => (isServer ? noChange : value);
