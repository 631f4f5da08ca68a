package app.attune.client.ui;

import app.attune.base.InvalidInputException;
import app.attune.client.ClientForm;
import app.attune.client.ClientService;
import app.attune.client.ConcernCatalogue;
import app.attune.people.TherapistCard;
import app.attune.people.TherapistDirectory;
import app.attune.security.CurrentUser;
import app.attune.security.Role;
import app.attune.shell.ui.FormProblems;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Adding a client to the caseload. */
@Route("clients/new")
@PageTitle("title.new-client")
@RolesAllowed({Role.Names.THERAPIST, Role.Names.ADMIN})
class NewClientView extends Main {

    NewClientView(
            ClientService clients, ConcernCatalogue concerns, TherapistDirectory therapists, CurrentUser currentUser) {
        boolean admin = currentUser.require().role() == Role.ADMIN;
        var editor = new ClientEditor(concerns.all(), !admin);
        editor.read(ClientForm.blank());

        var therapist = new ComboBox<TherapistCard>(getTranslation("client.therapist"));
        therapist.setItems(therapists.publicTherapists());
        therapist.setItemLabelGenerator(TherapistCard::displayName);
        therapist.setRequiredIndicatorVisible(true);

        var save = new Button(
                getTranslation("client.create"),
                e -> editor.write()
                        .ifPresent(form -> SaveFlow.run(this, editor, allowDuplicate -> {
                            try {
                                var id = clients.create(
                                        form,
                                        therapist.getValue() == null
                                                ? null
                                                : therapist.getValue().id(),
                                        allowDuplicate);
                                FormProblems.success(getTranslation("client.created"));
                                ClientNavigation.toClient(id);
                            } catch (InvalidInputException problem) {
                                if (problem.problems().stream()
                                        .anyMatch(p -> p.field().equals("therapist"))) {
                                    therapist.setErrorMessage(getTranslation("client.therapist.required"));
                                    therapist.setInvalid(true);
                                }
                                throw problem;
                            }
                        })));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("client.cancel"), e -> ClientNavigation.toCaseload());
        var buttons = new Div(save, cancel);
        buttons.addClassName("attune-buttons");

        add(new H1(getTranslation("client.new-heading")));
        if (admin) {
            add(therapist);
        }
        add(editor, buttons);
    }
}
