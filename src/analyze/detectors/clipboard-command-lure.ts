import type { Node } from '../ast.ts';
import { CLIPBOARD_CALL_NAMES, clipboardWriteOf, copiedFieldValue, FIELD_TEXT_PROPERTIES, isFieldTextWrite, type ClipboardWrite } from '../dataflow/clipboard.ts';
import { shownText } from '../dataflow/strings.ts';
import { constantPrefix, constantValue } from '../dataflow/constants.ts';
import { originOf } from '../dataflow/origin.ts';
import { atobLike } from '../transforms/decode-base64.ts';
import { defineDetector, visitNamed } from './detector.ts';

/**
 * A command line for a Windows Run dialog or a terminal: it starts with an interpreter or a system binary that
 * fetches and runs code ("living off the land"), and it names something to fetch or run.
 */
const SHELL_START = /^\s*["']?(?:[a-z]:\\[\w\\ .-]*\\)?(?:powershell|pwsh|mshta|conhost|cmd|rundll32|regsvr32|msiexec|certutil|bitsadmin|wscript|cscript|forfiles|curl|wget|bash|sh|zsh|osascript)(?:\.exe)?["']?(?=\s)/i;
const SHELL_PAYLOAD = /https?:\/\/|\\\\[\w.-]+\\|\b(?:iex|iwr|irm|Invoke-(?:Expression|WebRequest|RestMethod)|DownloadString|DownloadFile|Net\.WebClient|Start-Process|FromBase64String|Start-BitsTransfer)\b|\s-(?:e|ec|en|enc|encodedcommand)\s+[A-Za-z0-9+/=]{16,}|\|\s*(?:ba|z)?sh\b|\.(?:hta|ps1|bat|cmd|vbs)\b/i;
/**
 * What a pasted command does to stay out of sight: a hidden or headless window, or a `#` comment tail so that the
 * Run dialog's one visible line shows "I am not a robot" instead of the command. Install instructions that sites
 * offer to copy ("irm get.scoop.sh | iex") do not hide.
 */
const STEALTH = /\s-w(?:indowstyle)?\s+["']?(?:h(?:idden)?|1|min(?:imized)?)\b|--headless\b|\s#\s*\S/i;

/** Keys that open the Run dialog (Win+R) or the power-user menu with PowerShell (Win+X), as lure instructions spell them. */
const RUN_KEYS = /\bwin(?:dows)?\b[^+\n]{0,24}\+\s*["']?[rx]\b/i;
/** Keys or words that paste. */
const PASTE_KEYS = /\b(?:ctrl|control|cmd|command)\s*\+\s*["']?v\b|\bpaste\b/i;

/** Strings examined for commands and instructions; lure markup is a few kilobytes, bundles hold larger blobs. */
const MAX_TEXT = 64 * 1024;
/** Base64 text decoded when the file also calls atob: lures hide both the overlay and the command that way. */
const BASE64 = /^[A-Za-z0-9+/]{24,}={0,2}$/;
/** The lure's pieces (the write, the instructions) lie this close together in an injected script. */
const SPAN = 16 * 1024;

function isCommand(text: string): boolean {
  return SHELL_START.test(text) && SHELL_PAYLOAD.test(text.slice(0, 4000));
}

/** Markup as the visitor reads it: tags and entities removed, so `Win</b> + <b>R` reads "Win + R". */
function readable(text: string): string {
  return text.replace(/<[^>]*>/g, ' ').replace(/&[#\w]+;/g, ' ').replace(/\s+/g, ' ');
}

// ClickFix / fake CAPTCHA: an overlay puts a shell command on the clipboard and tells the visitor to press Win+R,
// Ctrl+V and Enter, so the visitor runs the attacker's command. Copying a command is also what documentation
// sites do (install one-liners); hiding the command, or telling the visitor to paste into the Run dialog, is not.
export default defineDetector({
  meta: { id: 'clipboard-command-lure', classes: ['malware'], severity: 'high', description: 'a shell command is put on the clipboard with instructions to paste it into the Run dialog' },
  create(context) {
    const writes: ClipboardWrite[] = [];
    const fieldWrites: Node[] = [];
    const commands: { node: Node; text: string }[] = [];
    const runKeys: Node[] = [];
    const pasteKeys: Node[] = [];
    const encoded: Node[] = [];
    const readText = (node: Node, text: string): void => {
      if (text.length > MAX_TEXT) return;
      if (isCommand(text)) commands.push({ node, text });
      if (!/\+|paste/i.test(text)) return;
      const shown = readable(text);
      if (RUN_KEYS.test(shown)) runKeys.push(node);
      if (PASTE_KEYS.test(shown)) pasteKeys.push(node);
    };
    return {
      ...visitNamed('AssignmentExpression', FIELD_TEXT_PROPERTIES, (node) => {
        if (isFieldTextWrite(node)) fieldWrites.push(node);
      }),
      ...visitNamed('CallExpression', CLIPBOARD_CALL_NAMES, (node) => {
        const write = clipboardWriteOf(node, context.facts);
        if (write) writes.push(write);
        else if (isFieldTextWrite(node)) fieldWrites.push(node);
      }),
      finish() {
        if (writes.length === 0) return;
        // The file's strings are read only when it writes the clipboard: most scripts never do.
        for (const node of context.facts.strings) {
          const text = shownText(node);
          if (text === null || text.length < 8) continue;
          readText(node, text);
          if (node.type === 'Literal' && text.length <= MAX_TEXT && BASE64.test(text)) encoded.push(node);
        }
        // Commands hidden in base64 (`atob(blob.c)` through a helper) count when the file decodes base64 at all.
        if (context.facts.names.has('atob')) {
          for (const node of encoded) {
            const decoded = atobLike(node.value as string);
            if (decoded) readText(node, decoded);
          }
        }
        // What each write puts on the clipboard, when it can be read off the code.
        let written: { write: ClipboardWrite; text: string } | null = null;
        for (const write of writes) {
          const value = write.value ?? (write.api === 'execCommand' ? copiedFieldValue(write.node, fieldWrites) : null);
          if (!value) continue;
          const text = constantValue(value, context.facts) ?? constantPrefix(value, context.facts);
          if (text !== null && isCommand(text)) {
            written = { write, text };
            break;
          }
          // `writeText(cfg.run)` where the command sits in a configuration object or a fallback: read backwards
          const origin = originOf(value, context.facts, context.source).text;
          const quoted = /["'`]((?:powershell|pwsh|mshta|conhost|cmd|curl|wget|bash)[^"'`]*)/i.exec(origin);
          if (quoted && isCommand(quoted[1] as string)) {
            written = { write, text: quoted[1] as string };
            break;
          }
        }
        const near = (nodes: readonly Node[], at: Node): boolean => nodes.some((node) => Math.abs(node.start - at.start) <= SPAN);
        const write = written?.write ?? writes.find((candidate) => near(runKeys, candidate.node) && near(pasteKeys, candidate.node));
        if (!write) {
          // a command copied somewhere, nothing else: what an install page's copy button does
          const constant = commands.find((command) => near([command.node], writes[0]?.node as Node));
          if (constant) context.report({ node: writes[0]?.node as Node, severity: 'low', message: `copies to the clipboard in a file holding a shell command: ${constant.text.slice(0, 80)}` });
          return;
        }
        const instructed = near(runKeys, write.node) && near(pasteKeys, write.node);
        const command = written?.text ?? commands.find((candidate) => near([candidate.node], write.node))?.text ?? null;
        const hidden = command !== null && STEALTH.test(command);
        let severity: 'low' | 'medium' | 'high';
        if (written && (instructed || hidden)) severity = 'high';
        else if (instructed) severity = 'medium';
        else severity = 'low';
        const what = command ? `shell command "${command.slice(0, 80)}"` : 'text';
        const how = instructed ? ' and tells the visitor to paste it into the Run dialog (Win+R, Ctrl+V)' : hidden ? ' that hides its window or its text' : '';
        context.report({ node: write.node, severity, message: `puts a ${what} on the clipboard${how}` });
      },
    };
  },
});
