// Keeps the cases and accounts an agent opened as tabs under the console navbar. The list lives
// in localStorage per signed-in user, so it survives reloads; a page names its own tab with
// data-tab-title on <main>.
(function () {
  'use strict';
  const MAX_TABS = 20;
  const strip = document.getElementById('work-tabs');
  if (!strip || !strip.dataset.user) {
    return;
  }
  const key = 'portico.console.tabs.' + strip.dataset.user;
  const main = document.querySelector('main[data-tab-title]');
  const here = main ? window.location.pathname : null;

  function load() {
    try {
      const tabs = JSON.parse(window.localStorage.getItem(key));
      return Array.isArray(tabs) ? tabs : [];
    } catch (e) {
      return [];
    }
  }

  function save(tabs) {
    try {
      window.localStorage.setItem(key, JSON.stringify(tabs));
    } catch (e) {
      // storage full or disabled: tabs last for this page only
    }
  }

  function remember(tabs) {
    const title = main.dataset.tabTitle;
    const known = tabs.find(function (t) { return t.url === here; });
    if (known) {
      known.title = title;
    } else {
      tabs.push({ url: here, title: title });
    }
    return tabs.slice(-MAX_TABS);
  }

  function close(url) {
    save(load().filter(function (t) { return t.url !== url; }));
    if (url === here) {
      window.location.href = strip.dataset.home;
    } else {
      render();
    }
  }

  function tab(t) {
    const item = document.createElement('span');
    item.className = 'work-tab' + (t.url === here ? ' active' : '');
    const link = document.createElement('a');
    link.href = t.url;
    link.textContent = t.title;
    link.dir = 'auto';
    link.title = t.title;
    if (t.url === here) {
      link.setAttribute('aria-current', 'page');
    }
    const x = document.createElement('button');
    x.type = 'button';
    x.className = 'work-tab-close';
    x.textContent = '\u00d7';
    x.setAttribute('aria-label', strip.dataset.close + ': ' + t.title);
    x.addEventListener('click', function () { close(t.url); });
    item.append(link, x);
    return item;
  }

  function render() {
    const tabs = load();
    strip.replaceChildren.apply(strip, tabs.map(tab));
    strip.hidden = tabs.length === 0;
  }

  let tabs = load();
  if (here) {
    tabs = remember(tabs);
    save(tabs);
  }
  render();
  const current = strip.querySelector('.work-tab.active');
  if (current) {
    current.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }
})();
