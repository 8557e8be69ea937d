/*
 * Humanitarian – site behaviour. No inline scripts anywhere (the Content-Security-Policy forbids them):
 * everything is wired up here through data-* attributes.
 *
 *   data-confirm="message"   on a <form>, a submit button, a link or a button: ask confirm() first.
 *   <canvas data-chart='{"type":"bar","data":{...},"options":{...}}'>  a Chart.js chart (needs libs/chart.js/chart.umd.min.js).
 *   data-bs-toggle="tooltip"  Bootstrap tooltips (Bootstrap does not enable them by itself).
 *   <input type="checkbox" data-permission="A.B" data-permission-parent="A">  permission tree: a child ticks its
 *                            parents, an unticked parent unticks its children.
 *   data-refresh-seconds="2"  reload the page (a GET of its address) after N seconds; the server stops
 *                            emitting the attribute once there is nothing more to wait for (an import's progress).
 *
 * Plain DOM, no jQuery needed.
 */
(function () {
    'use strict';

    function onReady(fn) {
        if (document.readyState === 'loading') {
            document.addEventListener('DOMContentLoaded', fn);
        } else {
            fn();
        }
    }

    /* ---------------------------------------------------------------- */
    /* (a) Confirmation dialogs                                          */
    /* ---------------------------------------------------------------- */

    function isSubmitControl(el) {
        if (!el || !el.form) {
            return false;
        }
        var tag = el.tagName;
        var type = (el.getAttribute('type') || '').toLowerCase();
        return (tag === 'BUTTON' && (type === '' || type === 'submit')) ||
            (tag === 'INPUT' && (type === 'submit' || type === 'image'));
    }

    // Forms: the submitter's message wins over the form's own message; exactly one question per submit.
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement)) {
            return;
        }
        var submitter = event.submitter;
        var message = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    // Links and non-submit buttons (submit buttons are handled by the submit listener above).
    document.addEventListener('click', function (event) {
        var target = event.target;
        var el = target && target.closest ? target.closest('[data-confirm]') : null;
        if (!el || el.tagName === 'FORM' || isSubmitControl(el)) {
            return;
        }
        var message = el.getAttribute('data-confirm');
        if (message && !window.confirm(message)) {
            event.preventDefault();
            event.stopImmediatePropagation();
        }
    }, true);

    /* ---------------------------------------------------------------- */
    /* (b) Charts from <canvas data-chart='{json}'>                      */
    /* ---------------------------------------------------------------- */

    // Red Cross palette; used only for datasets that bring no colours of their own.
    var PALETTE = ['#c8102e', '#1f4e79', '#e07b00', '#2e7d32', '#6a4c93', '#00838f', '#8d6e63', '#546e7a'];

    function withAlpha(hex, alpha) {
        var n = parseInt(hex.slice(1), 16);
        return 'rgba(' + ((n >> 16) & 255) + ', ' + ((n >> 8) & 255) + ', ' + (n & 255) + ', ' + alpha + ')';
    }

    function applyDefaultColors(config) {
        var data = config.data || {};
        var datasets = data.datasets || [];
        var perPoint = ['pie', 'doughnut', 'polarArea'].indexOf(config.type) >= 0;
        datasets.forEach(function (ds, i) {
            if (ds.backgroundColor || ds.borderColor) {
                return;
            }
            if (perPoint) {
                var count = (ds.data || []).length;
                var colors = [];
                for (var k = 0; k < count; k++) {
                    colors.push(PALETTE[k % PALETTE.length]);
                }
                ds.backgroundColor = colors;
                ds.borderColor = '#fff';
            } else {
                var color = PALETTE[i % PALETTE.length];
                var type = ds.type || config.type;
                ds.borderColor = color;
                ds.backgroundColor = (type === 'line' || type === 'radar') ? withAlpha(color, 0.15) : withAlpha(color, 0.8);
            }
        });
    }

    function initCharts(root) {
        var canvases = (root || document).querySelectorAll('canvas[data-chart]');
        if (!canvases.length) {
            return;
        }
        if (typeof window.Chart !== 'function') {
            if (window.console) {
                console.warn('site.js: canvas[data-chart] found but Chart.js is not loaded (libs/chart.js/chart.umd.min.js).');
            }
            return;
        }

        var Chart = window.Chart;
        var lang = document.documentElement.getAttribute('lang');
        var bodyStyle = window.getComputedStyle(document.body);
        Chart.defaults.font.family = bodyStyle.fontFamily || Chart.defaults.font.family;
        Chart.defaults.color = '#3b4248';
        if (lang) {
            Chart.defaults.locale = lang; // number formatting: 1.234.567 in vi-VN
        }

        Array.prototype.forEach.call(canvases, function (canvas) {
            if (canvas.getAttribute('data-chart-initialized') === 'true' || Chart.getChart(canvas)) {
                return;
            }
            var config;
            try {
                config = JSON.parse(canvas.getAttribute('data-chart'));
            } catch (e) {
                if (window.console) {
                    console.error('site.js: invalid JSON in data-chart', canvas, e);
                }
                return;
            }
            if (!config || typeof config !== 'object' || !config.type) {
                return;
            }
            config.options = config.options || {};
            // Inside a sized .chart-container the chart fills the box instead of keeping its aspect ratio.
            var parent = canvas.parentElement;
            if (parent && parent.classList.contains('chart-container') && config.options.maintainAspectRatio === undefined) {
                config.options.maintainAspectRatio = false;
            }
            applyDefaultColors(config);
            try {
                new Chart(canvas, config);
                canvas.setAttribute('data-chart-initialized', 'true');
            } catch (e) {
                if (window.console) {
                    console.error('site.js: could not create chart', canvas, e);
                }
            }
        });
    }

    /* ---------------------------------------------------------------- */
    /* (c) Permission tree: input[data-permission][data-permission-parent] */
    /* ---------------------------------------------------------------- */

    // A child permission counts only with its parent: ticking a child ticks its ancestors,
    // unticking a parent unticks its descendants.
    function permissionBox(container, name) {
        var boxes = container.querySelectorAll('input[data-permission]');
        for (var i = 0; i < boxes.length; i++) {
            if (boxes[i].getAttribute('data-permission') === name) {
                return boxes[i];
            }
        }
        return null;
    }

    function setDescendants(container, name, checked) {
        Array.prototype.forEach.call(container.querySelectorAll('input[data-permission-parent]'), function (box) {
            if (box.getAttribute('data-permission-parent') === name && box.checked !== checked) {
                box.checked = checked;
                setDescendants(container, box.getAttribute('data-permission'), checked);
            }
        });
    }

    document.addEventListener('change', function (event) {
        var box = event.target;
        if (!box || !box.matches || !box.matches('input[type="checkbox"][data-permission]')) {
            return;
        }
        var container = box.form || document;
        if (box.checked) {
            var parentName = box.getAttribute('data-permission-parent');
            while (parentName) {
                var parent = permissionBox(container, parentName);
                if (!parent) {
                    break;
                }
                parent.checked = true;
                parentName = parent.getAttribute('data-permission-parent');
            }
        } else {
            setDescendants(container, box.getAttribute('data-permission'), false);
        }
    });

    /* ---------------------------------------------------------------- */
    /* (d) Self-refreshing pages: [data-refresh-seconds="N"]            */
    /* ---------------------------------------------------------------- */

    // One reload per page load: the reloaded page carries the attribute again only while it is still needed.
    function initRefresh(root) {
        var el = (root || document).querySelector('[data-refresh-seconds]');
        if (!el) {
            return;
        }
        var seconds = parseInt(el.getAttribute('data-refresh-seconds'), 10);
        if (!(seconds > 0)) {
            return;
        }
        window.setTimeout(function () {
            // A GET of the address (never reload(), which could resend a form); replace() keeps the history short.
            window.location.replace(window.location.href);
        }, Math.max(seconds, 1) * 1000);
    }

    /* ---------------------------------------------------------------- */
    /* Bootstrap tooltips (opt-in via data-bs-toggle="tooltip")         */
    /* ---------------------------------------------------------------- */

    function initTooltips(root) {
        if (!window.bootstrap || !window.bootstrap.Tooltip) {
            return;
        }
        Array.prototype.forEach.call((root || document).querySelectorAll('[data-bs-toggle="tooltip"]'), function (el) {
            window.bootstrap.Tooltip.getOrCreateInstance(el);
        });
    }

    onReady(function () {
        initCharts(document);
        initTooltips(document);
        initRefresh(document);
    });

    // For content added later (e.g. a partial loaded by fetch): window.humanitarian.init(container).
    window.humanitarian = window.humanitarian || {};
    window.humanitarian.init = function (root) {
        initCharts(root);
        initTooltips(root);
    };
})();
