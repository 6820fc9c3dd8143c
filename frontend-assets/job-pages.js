// Behaviour of the job pages (forms and the customer picker's keyboard); confirmations are hx-confirm. Loaded with "defer", never inline (CSP).
(function () {
  'use strict';

  // Focus goes to the first thing that needs the user: a conflict choice, else the first field in error.
  function focusFirstProblem() {
    const target = document.querySelector('#conflicts input[type="radio"]')
      || document.querySelector('form [aria-invalid="true"], form .is-invalid')
      || document.querySelector('#form-errors');
    if (target) {
      target.focus();
    }
  }

  // After htmx swapped a field's message in, mark its input valid or invalid to match.
  document.addEventListener('htmx:afterSwap', function (event) {
    const input = event.detail.requestConfig && event.detail.requestConfig.elt;
    if (!input || !input.getAttribute) {
      return;
    }
    const messageId = input.getAttribute('aria-describedby');
    const message = messageId && document.getElementById(messageId);
    if (!message || !message.classList.contains('field-error')) {
      return;
    }
    const invalid = message.textContent.trim() !== '';
    input.classList.toggle('is-invalid', invalid);
    input.setAttribute('aria-invalid', String(invalid));
  });

  // Escape leaves a form without saving (except while the customer list is open: then it closes the list).
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    const options = document.getElementById('customer-options');
    if (options && options.children.length > 0 && options.contains(document.activeElement)
        || document.activeElement && document.activeElement.id === 'f-customer-search' && options && options.children.length > 0) {
      options.replaceChildren();
      document.getElementById('f-customer-search').focus();
      return;
    }
    const form = document.activeElement && document.activeElement.closest
      ? document.activeElement.closest('form[data-leave-url]') : null;
    if (form) {
      window.location.href = form.dataset.leaveUrl;
    }
  });

  // The customer picker: choosing a customer fills the hidden id and starts the service address from theirs.
  const ADDRESS = { street: 'f-service_address1', unit: 'f-service_address2', city: 'f-service_city',
    state: 'f-service_state', zip: 'f-service_zip', lat: 'f-coordinates-lat', lng: 'f-coordinates-lng' };

  function pick(option) {
    const form = option.closest('form');
    document.getElementById('f-customer_uuid').value = option.dataset.id;
    const search = document.getElementById('f-customer-search');
    search.value = option.dataset.name;
    const creating = form && form.dataset.creating === 'true';
    const addressEmpty = Object.values(ADDRESS).every(function (id) {
      const input = document.getElementById(id);
      return !input || input.value.trim() === '';
    });
    if (creating || addressEmpty) {
      Object.keys(ADDRESS).forEach(function (key) {
        const input = document.getElementById(ADDRESS[key]);
        if (input) {
          input.value = option.dataset[key] || '';
        }
      });
    }
    document.getElementById('customer-options').replaceChildren();
    search.setAttribute('aria-expanded', 'false');
    search.classList.remove('is-invalid');
    const message = document.getElementById('f-customer_uuid-error');
    if (message) {
      message.replaceChildren();
    }
    search.focus();
  }

  document.addEventListener('click', function (event) {
    const option = event.target.closest && event.target.closest('.customer-option');
    if (option) {
      pick(option);
    }
  });

  document.addEventListener('keydown', function (event) {
    const search = document.getElementById('f-customer-search');
    if (!search) {
      return;
    }
    const options = Array.from(document.querySelectorAll('#customer-options .customer-option'));
    if (event.target === search && event.key === 'Enter') {
      // Enter in the search picks the first match instead of submitting a form without a customer.
      event.preventDefault();
      if (options.length > 0) {
        pick(options[0]);
      }
    } else if (event.target === search && event.key === 'ArrowDown' && options.length > 0) {
      event.preventDefault();
      options[0].focus();
    } else if (options.includes(event.target) && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      const next = options.indexOf(event.target) + (event.key === 'ArrowDown' ? 1 : -1);
      (next < 0 ? search : options[Math.min(next, options.length - 1)]).focus();
    }
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    const search = document.getElementById('f-customer-search');
    const options = document.getElementById('customer-options');
    if (search && options && event.detail.requestConfig && event.detail.requestConfig.elt === search) {
      search.setAttribute('aria-expanded', String(options.querySelectorAll('.customer-option').length > 0));
    }
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', focusFirstProblem);
  } else {
    focusFirstProblem();
  }
})();
