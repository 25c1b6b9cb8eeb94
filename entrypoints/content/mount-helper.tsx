import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { HelperPlacement } from '@/utils/sites/types';
import { Helper, type HelperProps } from './helper';
import helperCss from './helper.css?inline';

export type MountedHelper = ShadowRootContentScriptUi<HTMLElement>;

/**
 * One `<porte-parole-helper>` host with an open shadow root. The CSS is passed as a
 * string (bundled), so mounting many helpers costs no request each.
 */
export async function mountHelper(
  ctx: ContentScriptContext,
  placement: HelperPlacement,
  props: HelperProps,
): Promise<MountedHelper> {
  const ui = await createShadowRootUi(ctx, {
    name: 'porte-parole-helper',
    position: 'inline',
    anchor: placement.anchor,
    append: placement.append,
    css: helperCss,
    // Keys typed in the helper must not reach the site's shortcuts (j/k, r, l...).
    isolateEvents: true,
    onMount(container) {
      render(<Helper {...props} />, container);
      return container;
    },
    onRemove(container) {
      if (container) render(null, container);
    },
  });
  ui.mount();
  return ui;
}
