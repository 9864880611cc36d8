// Keyboard shortcuts a news reader expects: "/" search, j/k next/previous article, "?" lists them.
// Every page works without this file; it only adds keys on top of links and forms that are already there.
(function () {
    "use strict";

    var dialog = document.getElementById("shortcuts-dialog");
    var openButton = document.querySelector(".shortcuts-open");
    var current = -1;

    function isTyping(target) {
        if (!target || !target.tagName) {
            return false;
        }
        var tag = target.tagName.toLowerCase();
        return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
    }

    function showShortcuts() {
        if (dialog && typeof dialog.showModal === "function" && !dialog.open) {
            dialog.showModal();
        }
    }

    function listItems() {
        return Array.prototype.slice.call(document.querySelectorAll("[data-shortcut-item]"));
    }

    function moveInList(step) {
        var items = listItems();
        if (items.length === 0) {
            return false;
        }
        var active = items.indexOf(document.activeElement);
        if (active >= 0) {
            current = active;
        }
        current = Math.max(0, Math.min(items.length - 1, current + step));
        items.forEach(function (item, i) {
            item.classList.toggle("is-current", i === current);
        });
        var item = items[current];
        item.setAttribute("tabindex", "-1");
        item.focus();
        item.scrollIntoView({ block: "nearest" });
        return true;
    }

    function followRel(rel) {
        var link = document.querySelector("a[rel~='" + rel + "'][data-shortcut-article]");
        if (link) {
            window.location.href = link.href;
        }
    }

    if (openButton && dialog) {
        openButton.hidden = false;
        openButton.addEventListener("click", showShortcuts);
    }

    document.addEventListener("keydown", function (event) {
        if (event.ctrlKey || event.metaKey || event.altKey) {
            return;
        }
        if (event.key === "Escape" && isTyping(event.target)) {
            event.target.blur();
            return;
        }
        if (isTyping(event.target) || (dialog && dialog.open)) {
            return;
        }

        switch (event.key) {
            case "/":
                // On the search page its own, larger box is the one to type in.
                var search = document.querySelector("main input[type=search]") || document.getElementById("site-search-input");
                if (search) {
                    event.preventDefault();
                    search.focus();
                    search.select();
                }
                break;
            case "?":
                event.preventDefault();
                showShortcuts();
                break;
            case "j":
                if (!moveInList(1)) {
                    followRel("next");
                }
                break;
            case "k":
                if (!moveInList(-1)) {
                    followRel("prev");
                }
                break;
            case "Enter":
                if (event.target && event.target.hasAttribute && event.target.hasAttribute("data-shortcut-item")) {
                    var link = event.target.querySelector(".article-title a");
                    if (link) {
                        event.preventDefault();
                        window.location.href = link.href;
                    }
                }
                break;
        }
    });
}());
