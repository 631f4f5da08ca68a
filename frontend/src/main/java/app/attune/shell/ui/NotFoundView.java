package app.attune.shell.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** A friendly page for an address that leads nowhere. */
@PageTitle("title.not-found")
@AnonymousAllowed
class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    NotFoundView() {
        fill(this);
    }

    /** The friendly words, shared with the page unknown addresses are redirected to. */
    static void fill(Main main) {
        main.addClassName("attune-not-found");
        main.add(
                new H1(main.getTranslation("not-found.heading")),
                new Paragraph(main.getTranslation("not-found.text")),
                new Anchor("", main.getTranslation("not-found.home")));
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpStatusCode.NOT_FOUND.getCode();
    }
}
