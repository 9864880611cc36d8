// Compare pickers: as the reader types, refresh the suggestions with articles whose title contains the text.
// Without this file the pickers still work: the datalist offers recent articles, and a typed title or slug is resolved
// by the server (which also lists matches when nothing has that exact address).
(() => {
    const list = document.getElementById('compare-articles');
    if (!list || !window.fetch) {
        return;
    }

    let timer = 0;
    let controller = null;
    const refresh = async (text) => {
        controller?.abort();
        controller = new AbortController();
        try {
            const response = await fetch(`/api/compare/articles?q=${encodeURIComponent(text)}`, { signal: controller.signal });
            if (!response.ok) {
                return;
            }

            const choices = await response.json();
            list.replaceChildren(...choices.map((choice) => {
                const option = document.createElement('option');
                option.value = choice.slug;
                option.textContent = choice.outlet ? `${choice.title} — ${choice.outlet}` : choice.title;
                return option;
            }));
        } catch {
            // Aborted by a newer keystroke, or offline: keep the suggestions there are.
        }
    };

    document.querySelectorAll('input[list="compare-articles"]').forEach((input) => {
        input.addEventListener('input', () => {
            clearTimeout(timer);
            const text = input.value.trim();
            if (text.length >= 3) {
                timer = setTimeout(() => refresh(text), 200);
            }
        });
    });
})();
