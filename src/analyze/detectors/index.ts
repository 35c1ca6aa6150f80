/** The detector registry: a new behaviour is a new file added here, nothing else changes. */
import type { Detector } from './detector.ts';
import antiAnalysis from './anti-analysis.ts';
import checkoutGating from './checkout-gating.ts';
import clipboardAddressSwap from './clipboard-address-swap.ts';
import clipboardCommandLure from './clipboard-command-lure.ts';
import driveByRedirect from './drive-by-redirect.ts';
import dynamicCodeExecution from './dynamic-code-execution.ts';
import exfiltrationTrigger from './exfiltration-trigger.ts';
import fakePaymentForm from './fake-payment-form.ts';
import fakeUpdateLure from './fake-update-lure.ts';
import formActionRewrite from './form-action-rewrite.ts';
import formDataExfiltration from './form-data-exfiltration.ts';
import hiddenIframe from './hidden-iframe.ts';
import indirectCodeExecution from './indirect-code-execution.ts';
import minerSignatures from './miner-signatures.ts';
import remoteScriptInjection from './remote-script-injection.ts';
import requestInterception from './request-interception.ts';
import selfRemoval from './self-removal.ts';
import notificationLure from './notification-lure.ts';
import paymentDetailSwap from './payment-detail-swap.ts';
import sensitiveFieldNames from './sensitive-field-names.ts';
import serviceWorkerHijack from './service-worker-hijack.ts';
import storageStaging from './storage-staging.ts';
import stratumProtocol from './stratum-protocol.ts';
import walletProviderHook from './wallet-provider-hook.ts';
import wasmWorkerPool from './wasm-worker-pool.ts';

export const detectors: readonly Detector[] = [
  formDataExfiltration,
  storageStaging,
  checkoutGating,
  sensitiveFieldNames,
  fakePaymentForm,
  formActionRewrite,
  exfiltrationTrigger,
  antiAnalysis,
  selfRemoval,
  minerSignatures,
  stratumProtocol,
  wasmWorkerPool,
  hiddenIframe,
  dynamicCodeExecution,
  remoteScriptInjection,
  requestInterception,
  driveByRedirect,
  fakeUpdateLure,
  clipboardCommandLure,
  clipboardAddressSwap,
  walletProviderHook,
  indirectCodeExecution,
  notificationLure,
  serviceWorkerHijack,
  paymentDetailSwap,
];
