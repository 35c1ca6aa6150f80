import { dottedName, propertyName, unwrap, type Node } from '../ast.ts';
import { shownText } from '../dataflow/strings.ts';
import { defineDetector, visitNamed } from './detector.ts';

/**
 * Pretexts that make the browser's permission prompt look like a required step: "click Allow to continue",
 * "I'm not a robot", "press Allow to watch", "confirm you are 18+". Real sites that ask for notifications explain
 * what they will send; they do not claim the prompt is a CAPTCHA, an age gate or a download button.
 */
const ALLOW_LURE = /\b(?:click|press|tap|hit|select|choose)\s+(?:on\s+)?(?:<[^>]{0,60}>\s*)*["'\u201c\u00ab]?allow\b|\bnot\s+a\s+robot\b|\ballow\b[^.!?<]{0,40}\bto\s+(?:continue|watch|play|download|verify|confirm|access|proceed|start|view|see)\b|\b(?:you\s+are|over|at\s+least)\s+18\b|\b18\s*\+/i;

/**
 * What abusive push campaigns put in the notifications themselves: fake antivirus and system alerts, expired
 * "subscriptions", prizes. They lead to scareware, fake shops and tech-support scams.
 */
const SCARE_LURE = /\bvirus(?:es)?\b|\binfected\b|\bthreats?\s+(?:were\s+|have\s+been\s+)?(?:found|detected)\b|\bsecurity\s+(?:alert|warning)\b|\b(?:pc|computer|device|phone|system|iphone|android)\s+(?:is|may\s+be|has\s+been|was)\s+(?:unprotected|infected|at\s+risk|compromised|hacked|damaged)\b|\bsubscription\s+(?:has\s+)?expired\b|\byou(?:'ve|\s+have)?\s+won\b|\bclaim\s+your\s+(?:prize|reward|gift)\b|\bcongratulations\b/i;

/** Strings longer than this are bundled prose or data, not a lure line. */
const MAX_TEXT = 4000;

/**
 * Push-notification abuse: a page that asks for notification permission behind a fake CAPTCHA, age gate or
 * "download ready" screen, or a service worker that shows fake security alerts and prizes. Either way the visitor
 * ends up subscribed to a stream of scam notifications that outlives the visit.
 */
export default defineDetector({
  meta: { id: 'notification-lure', classes: ['malware'], severity: 'high', description: 'notification permission requested behind a lure, or notifications that fake alerts and prizes' },
  create(context) {
    const requests: Node[] = [];
    const displays: Node[] = [];
    return {
      ...visitNamed('CallExpression', ['requestPermission', 'subscribe', 'showNotification'], (node) => {
        const callee = unwrap(node.callee as Node);
        if (callee.type !== 'MemberExpression') return;
        const method = propertyName(callee);
        const receiver = dottedName(callee.object as Node) ?? '';
        if (method === 'requestPermission' && /(?:^|\.)Notification$/.test(receiver)) requests.push(node);
        else if (method === 'subscribe' && /(?:^|\.)pushManager$/.test(receiver)) requests.push(node);
        else if (method === 'showNotification') displays.push(node);
      }),
      'NewExpression:Notification'(node) {
        const name = dottedName(node.callee as Node);
        if (name === 'Notification' || name === 'window.Notification' || name === 'self.Notification') displays.push(node);
      },
      finish() {
        if (requests.length === 0 && displays.length === 0) return;
        let allowLure: string | null = null;
        let scareLure: string | null = null;
        for (const node of context.facts.strings) {
          const text = shownText(node);
          if (text === null || text.length > MAX_TEXT) continue;
          if (allowLure === null && requests.length > 0) allowLure = ALLOW_LURE.exec(text) ? text : null;
          if (scareLure === null && displays.length > 0) scareLure = SCARE_LURE.exec(text) ? text : null;
          if ((allowLure !== null || requests.length === 0) && (scareLure !== null || displays.length === 0)) break;
        }
        const shown = (text: string): string => text.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
        const request = requests[0];
        if (request && allowLure !== null) {
          context.report({ node: request, message: `notification permission is asked for behind a pretext: "${shown(allowLure)}"` });
        }
        const display = displays[0];
        if (display && scareLure !== null) {
          context.report({ node: display, message: `notifications show a fake alert or prize: "${shown(scareLure)}"` });
        }
      },
    };
  },
});
