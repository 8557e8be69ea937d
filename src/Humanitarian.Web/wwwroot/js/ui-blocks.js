/*
 * The framework's UI building blocks (tag helpers in Humanitarian.Framework/AspNetCore/Mvc/UI/TagHelpers).
 * Each one works without this file; this file only makes them nicer to use. No inline script (CSP).
 *
 *   <input data-date-input>        <abp-date-input>: slashes added while a dd/MM/yyyy day is typed,
 *                                  5/3/2025 and 2025-03-05 rewritten as 05/03/2025 when the field is left.
 *   <input data-vnd-amount>        <abp-money-input>: digits regrouped with dots while typing (1.234.567).
 *   <div class="abp-file-input">   <abp-file-input>: the chosen file's name beside the "Choose file" button.
 *   <select data-searchable>       <select abp-searchable>: a filter box above a long list, marks ignored;
 *                                  a multi-select is narrowed too, its chosen options kept in sight.
 *
 * window.humanitarian.initUiBlocks(container) wires content added later.
 */
(function () {
    'use strict';

    /* ---------------------------------------------------------------- */
    /* Dates: dd/MM/yyyy                                                 */
    /* ---------------------------------------------------------------- */

    function pad(n) {
        return (n.length === 1 ? '0' : '') + n;
    }

    // Only rewrites what is unambiguous; anything else is left for the server to refuse beside the field.
    function normaliseDate(value) {
        var text = value.trim();
        var m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
        if (m) {
            return pad(m[1]) + '/' + pad(m[2]) + '/' + m[3];
        }
        m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
        if (m) {
            return m[3] + '/' + m[2] + '/' + m[1];
        }
        m = /^(\d{2})(\d{2})(\d{4})$/.exec(text);
        if (m) {
            return m[1] + '/' + m[2] + '/' + m[3];
        }
        return value;
    }

    document.addEventListener('input', function (event) {
        var input = event.target;
        if (!input.matches || !input.matches('input[data-date-input]') || event.inputType !== 'insertText') {
            return;
        }
        // A slash after the day and after the month, when typed at the end (editing in the middle is left alone).
        if (input.selectionStart === input.value.length && /^(\d{2}|\d{2}\/\d{2})$/.test(input.value)) {
            input.value += '/';
        }
    });

    document.addEventListener('change', function (event) {
        var input = event.target;
        if (input.matches && input.matches('input[data-date-input]')) {
            input.value = normaliseDate(input.value);
        }
    });

    /* ---------------------------------------------------------------- */
    /* Amounts of đồng: 1.234.567                                        */
    /* ---------------------------------------------------------------- */

    document.addEventListener('input', function (event) {
        var input = event.target;
        // Only digits and dots are regrouped: "1,5" is left as typed, for the server to refuse, never made 15.
        if (!input.matches || !input.matches('input[data-vnd-amount]') || !/^[\d.]*$/.test(input.value)) {
            return;
        }
        var caret = input.selectionStart;
        var digitsBeforeCaret = input.value.slice(0, caret).replace(/\./g, '').length;
        var digits = input.value.replace(/\./g, '').replace(/^0+(?=\d)/, '');
        var grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        if (grouped === input.value) {
            return;
        }
        input.value = grouped;
        // The caret stays after the same digit.
        var position = 0;
        for (var seen = 0; position < grouped.length && seen < digitsBeforeCaret; position++) {
            if (grouped.charAt(position) !== '.') {
                seen++;
            }
        }
        input.setSelectionRange(position, position);
    });

    /* ---------------------------------------------------------------- */
    /* File inputs in the page's language                                */
    /* ---------------------------------------------------------------- */

    function initFileInputs(root) {
        Array.prototype.forEach.call(root.querySelectorAll('.abp-file-input:not(.is-enhanced)'), function (box) {
            var input = box.querySelector('input[type="file"]');
            var chosen = box.querySelector('.abp-file-input-name');
            if (!input || !chosen) {
                return;
            }
            box.classList.add('is-enhanced');
            // Read after the field's label, as the native input reads its own "No file chosen".
            input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + chosen.id).trim());
            var show = function () {
                var files = input.files || [];
                chosen.textContent = files.length === 0 ? chosen.getAttribute('data-empty-text')
                    : files.length === 1 ? files[0].name
                        : box.getAttribute('data-files-text').replace('{0}', files.length);
                chosen.classList.toggle('text-muted', files.length === 0);
            };
            input.addEventListener('change', show);
            show(); // a file kept by the browser on "back"
        });
    }

    /* ---------------------------------------------------------------- */
    /* Searchable selects                                                */
    /* ---------------------------------------------------------------- */

    // As the server folds names for search: lower case, marks removed, đ → d ("Hà Nội" → "ha noi").
    function fold(text) {
        return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    }

    function initSearchableSelects(root) {
        Array.prototype.forEach.call(root.querySelectorAll('select[data-searchable]:not([data-searchable-ready])'), function (select) {
            if (select.disabled) {
                return;
            }
            select.setAttribute('data-searchable-ready', '');
            var label = select.labels && select.labels.length ? select.labels[0].textContent.trim() : '';
            var filter = document.createElement('input');
            filter.type = 'search';
            filter.className = 'form-control form-control-sm mb-1 searchable-select-filter';
            filter.autocomplete = 'off';
            filter.placeholder = select.getAttribute('data-search-placeholder');
            filter.setAttribute('aria-label', select.getAttribute('data-search-label').replace('{0}', label));
            filter.setAttribute('aria-controls', select.id);
            var status = document.createElement('div');
            status.className = 'form-text mt-0 mb-1 searchable-select-status';
            status.setAttribute('aria-live', 'polite');
            if (select.id) {
                filter.id = select.id + '_filter';
                status.id = select.id + '_filter_status';
                filter.setAttribute('aria-describedby', status.id);
            }
            select.parentNode.insertBefore(filter, select);
            select.parentNode.insertBefore(status, select);

            var options = Array.prototype.map.call(select.options, function (option) {
                return { option: option, text: fold(option.textContent) };
            });

            filter.addEventListener('input', function () {
                var words = fold(filter.value).split(/\s+/).filter(Boolean);
                var first = null;
                var count = 0;
                options.forEach(function (entry) {
                    // The "choose one" / "none" option (no value) always stays, and so do a multi-select's
                    // chosen options: a hidden choice would still be sent without the user seeing it.
                    var kept = entry.option.value === '' || (select.multiple && entry.option.selected);
                    var match = words.every(function (w) { return entry.text.indexOf(w) >= 0; });
                    entry.option.hidden = !(kept || match);
                    if (match && entry.option.value !== '') {
                        count++;
                        first = first || entry.option;
                    }
                });
                status.textContent = words.length === 0 ? ''
                    : count === 0 ? select.getAttribute('data-search-none')
                        : select.getAttribute('data-search-count').replace('{0}', count);
                // A single select takes the first match; a multi-select's choices are the user's clicks alone.
                var current = select.options[select.selectedIndex];
                if (!select.multiple && words.length && first && (!current || current.hidden || current.value === '')) {
                    select.value = first.value;
                    select.dispatchEvent(new Event('change', { bubbles: true }));
                }
            });

            // Enter or ↓ goes on to the narrowed list instead of sending the form.
            filter.addEventListener('keydown', function (event) {
                if (event.key === 'Enter' || event.key === 'ArrowDown') {
                    event.preventDefault();
                    select.focus();
                }
            });
        });
    }

    function init(root) {
        initFileInputs(root);
        initSearchableSelects(root);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () { init(document); });
    } else {
        init(document);
    }

    window.humanitarian = window.humanitarian || {};
    window.humanitarian.initUiBlocks = init;
})();
