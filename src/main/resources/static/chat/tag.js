document.getElementById('tag').textContent =
  '<script src="' + location.origin + '/chat/widget.js" defer></script>';
