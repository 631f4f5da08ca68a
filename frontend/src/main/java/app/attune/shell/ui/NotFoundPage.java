package app.attune.shell.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where {@link NotFoundRedirect} sends an address Vaadin doesn't know: the same friendly page as inside the app. */
@Route(value = "not-found", autoLayout = false)
@PageTitle("title.not-found")
@AnonymousAllowed
class NotFoundPage extends Main {

    NotFoundPage() {
        NotFoundView.fill(this);
    }
}
