package app.attune.security.ui;

import com.vaadin.flow.component.page.Page;

/**
 * What Attune keeps in the browser's storage (keys starting with "attune": the last activity shared between tabs, a
 * client's unsent reflection) is removed at sign-out, and again on the sign-in page for a browser that was closed
 * without signing out, so nothing of it is left for the next person at a shared computer. Session notes are never
 * kept there at all (decision 009).
 */
final class LocalTraces {

    static final String PREFIX = "attune";

    private LocalTraces() {}

    static void clear(Page page) {
        page.executeJs("""
                for (const store of [window.localStorage, window.sessionStorage]) {
                  try {
                    Object.keys(store).filter(k => k.startsWith($0)).forEach(k => store.removeItem(k));
                  } catch (e) { }
                }""", PREFIX);
    }
}
