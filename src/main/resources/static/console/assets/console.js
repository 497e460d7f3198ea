// The clinic console: a new red flag cannot be missed (banner, title, focus), and the dialogs
// are drawn once the diagram library has loaded.
(function () {
  var title = document.title;

  document.addEventListener('htmx:afterSwap', function (event) {
    var flags = document.getElementById('flags');
    if (!flags || event.detail.target.id !== 'flags' && event.detail.elt !== flags) {
      return;
    }
    var count = Number(flags.getAttribute('data-count') || 0);
    if (count > 0) {
      var banner = document.getElementById('new-flag');
      banner.hidden = false;
      document.title = '(' + count + ') ⚠ ' + title;
      flags.classList.add('fresh');
      var first = flags.querySelector('article');
      if (first) {
        first.setAttribute('tabindex', '-1');
        first.focus();
      }
    }
  });

  window.addEventListener('load', function () {
    if (window.mermaid && document.querySelector('pre.mermaid')) {
      window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      window.mermaid.run({ querySelector: 'pre.mermaid' });
    }
  });
})();
