package app.attune.client.ui;

import app.attune.security.AttuneUser;
import app.attune.security.Role;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

/** The client's home in the portal. */
@Route("my-space")
@PageTitle("title.my-space")
@Menu(order = 0, title = "menu.my-space", icon = "vaadin:home-o")
@RolesAllowed(Role.Names.CLIENT)
class MySpaceView extends Main {

    MySpaceView(AuthenticationContext authentication) {
        addClassName("attune-my-space");
        String name = authentication
                .getAuthenticatedUser(AttuneUser.class)
                .map(AttuneUser::displayName)
                .orElse("");
        var empty = new Div(new Paragraph(getTranslation("my-space.empty")));
        empty.addClassName("attune-empty");
        add(
                new H1(getTranslation("my-space.heading", name)),
                empty,
                new Paragraph(new Anchor("my/practices", getTranslation("my-space.practices"))));
    }
}
