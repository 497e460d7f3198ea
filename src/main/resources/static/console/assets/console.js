// The clinic console: a new red flag cannot be missed (banner, title, focus), and the dialogs
// are drawn once the diagram library has loaded.
(function () {
  var title = document.title;

  // the stream says which flag is the newest: a page that already shows it fetches nothing
  // (a card is not swapped under a staff member's pointer for nothing)
  document.addEventListener('htmx:beforeRequest', function (event) {
    var flags = document.getElementById('flags');
    var trigger = event.detail.requestConfig && event.detail.requestConfig.triggeringEvent;
    // the extension passes the server's message on as the event's detail
    var message = trigger && trigger.detail;
    if (!flags || event.detail.elt !== flags || !message || message.data === undefined) {
      return;
    }
    if (Number(message.data) <= Number(flags.getAttribute('data-newest') || 0)) {
      event.preventDefault();
    }
  });

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
      // focus moves to the new flag only when nothing else has it: a note being typed stays
      var first = flags.querySelector('article');
      var busy = document.activeElement && document.activeElement !== document.body
          && !flags.contains(document.activeElement);
      if (first && !busy) {
        first.setAttribute('tabindex', '-1');
        first.focus();
      }
    }
  });

  // the session ends after this long without a page of the staff member's own: the page then
  // leaves for the sign-in page rather than stay on screen
  var header = document.querySelector('header[data-idle-seconds]');
  if (header) {
    window.setTimeout(function () {
      window.location.assign('/console/sign-in?expired');
    }, Number(header.getAttribute('data-idle-seconds')) * 1000 + 1000);
  }

  window.addEventListener('load', function () {
    if (window.mermaid && document.querySelector('pre.mermaid')) {
      window.mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
      window.mermaid.run({ querySelector: 'pre.mermaid' });
    }
  });
})();
