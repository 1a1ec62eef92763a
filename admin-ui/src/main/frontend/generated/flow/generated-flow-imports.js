import '@vaadin/vertical-layout/src/vaadin-vertical-layout.js';
import '@vaadin/email-field/src/vaadin-email-field.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/password-field/src/vaadin-password-field.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/select/src/vaadin-select.js';
import 'Frontend/generated/jar-resources/selectConnector.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/lit-renderer.ts';
import '@vaadin/horizontal-layout/src/vaadin-horizontal-layout.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '3d965e85b6fb87276f1f6d1f00ffc52ded0afd4b7db287162b7abe965403c4b8') {
    pending.push(import('./chunks/chunk-a31c2f91407178609e8de1c5b8755e5cecad254253cdb6172717192d1fe2271b.js'));
  }
  if (key === '0a36118267b1b140f90d5606ee8f073e25f21159a94a7eb9961dfe467416e119') {
    pending.push(import('./chunks/chunk-974b6b9a23d3b450eff98064bd05fb5f7cc9f13b090be5618c803400e0da8059.js'));
  }
  if (key === 'c8b8f26d9b3a2aebd840395b9ea68d314b8de0534aeda215794bda6ccf1f2852') {
    pending.push(import('./chunks/chunk-1c6edff60f4051dba508865453a4dda741f49ef2305de0d26d286acf7c9fcf04.js'));
  }
  if (key === 'ec20f3a869b2c5a8943bc3369adda12d0c147e8570fb54d49c7d6a2fa356dab7') {
    pending.push(import('./chunks/chunk-1c6edff60f4051dba508865453a4dda741f49ef2305de0d26d286acf7c9fcf04.js'));
  }
  return Promise.all(pending);
}

window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}