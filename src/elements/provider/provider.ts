import { define } from '../shared/define.js';
import { LadderProviderElement } from './provider.element.js';

export { LadderProviderElement };

define('ladder-provider', LadderProviderElement);

declare global {
  interface HTMLElementTagNameMap {
    'ladder-provider': LadderProviderElement;
  }
}
